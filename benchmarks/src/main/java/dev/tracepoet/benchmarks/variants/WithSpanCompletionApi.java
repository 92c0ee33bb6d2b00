package dev.tracepoet.benchmarks.variants;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.util.Optional;

/**
 * Variant (f): what a user of the OpenTelemetry Java agent writes to get the same span with {@code
 * @WithSpan} / {@code @SpanAttribute}. Without the agent this class traces nothing.
 *
 * <p>{@code @SpanAttribute} records a whole parameter, not a property of one, so the public method
 * unpacks the three request properties (unwrapping the {@code Optional}, truncating the model) into
 * parameters of the annotated method; the constant endpoint/method attributes, the response
 * attributes and {@code error.type} have no annotation and are set on {@link Span#current()}. The
 * agent records the exception and the ERROR status itself.
 */
public final class WithSpanCompletionApi implements CompletionApi {
  private static final AttributeKey<String> ENDPOINT = AttributeKey.stringKey("openai.request.endpoint");
  private static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("openai.request.method");
  private static final AttributeKey<String> ID = AttributeKey.stringKey("openai.response.id");
  private static final AttributeKey<Long> TOTAL_TOKENS = AttributeKey.longKey("openai.response.usage.total_tokens");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final CompletionApi delegate;

  public WithSpanCompletionApi(CompletionApi delegate) {
    this.delegate = delegate;
  }

  @Override
  public CompletionResponse complete(CompletionRequest request) throws ApiException {
    Optional<Integer> maxTokens = request.maxTokens();
    return traced(
        request.model() == null ? null : ReflectivePath.truncate(request.model()),
        maxTokens != null && maxTokens.isPresent() ? Long.valueOf(maxTokens.get()) : null,
        request.temperature(),
        request);
  }

  /** The traced method: the agent starts and ends the span around it. */
  @WithSpan(value = SPAN_NAME, kind = SpanKind.CLIENT)
  public CompletionResponse traced(
      @SpanAttribute("openai.request.model") String model,
      @SpanAttribute("openai.request.max_tokens") Long maxTokens,
      @SpanAttribute("openai.request.temperature") Double temperature,
      CompletionRequest request)
      throws ApiException {
    Span span = Span.current();
    if (span.isRecording()) {
      span.setAttribute(ENDPOINT, PATH);
      span.setAttribute(HTTP_METHOD, METHOD);
    }
    CompletionResponse response;
    try {
      response = delegate.complete(request);
    } catch (Throwable error) {
      span.setAttribute(ERROR_TYPE, error.getClass().getName());
      throw error;
    }
    if (span.isRecording() && response != null) {
      String id = response.id();
      if (id != null) {
        span.setAttribute(ID, ReflectivePath.truncate(id));
      }
      CompletionResponse.Usage usage = response.usage();
      if (usage != null) {
        span.setAttribute(TOTAL_TOKENS, usage.totalTokens());
      }
    }
    return response;
  }
}
