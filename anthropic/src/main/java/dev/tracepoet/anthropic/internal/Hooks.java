package dev.tracepoet.anthropic.internal;

import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaMessageTokensCount;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageTokensCount;
import com.anthropic.models.messages.batches.BatchCancelParams;
import com.anthropic.models.messages.batches.BatchCreateParams;
import com.anthropic.models.messages.batches.BatchDeleteParams;
import com.anthropic.models.messages.batches.BatchListPage;
import com.anthropic.models.messages.batches.BatchListParams;
import com.anthropic.models.messages.batches.BatchRetrieveParams;
import com.anthropic.models.messages.batches.DeletedMessageBatch;
import com.anthropic.models.messages.batches.MessageBatch;
import com.anthropic.models.models.ModelInfo;
import com.anthropic.models.models.ModelListPage;
import com.anthropic.models.models.ModelListPageAsync;
import com.anthropic.models.models.ModelListParams;
import com.anthropic.models.models.ModelRetrieveParams;
import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.TracepoetAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;

/**
 * The hooks of the Anthropic endpoints, one per params / response pair (sync and async share
 * them; the processor wants a hook typed exactly for its endpoint, so the plain ones are one line
 * each over {@link AnthropicHook}).
 */
public final class Hooks {
  /** {@code gen_ai.request.top_k}: a double in the conventions, an integer in Anthropic's API. */
  static final AttributeKey<Double> TOP_K = AttributeKey.doubleKey("gen_ai.request.top_k");

  /**
   * Whether the SDK's params have {@code topK()} (2.x; 3.x removed the sampling params): detected
   * once, so that on 3.x the calls below, which name the 2.x method, are never run (they would
   * fail to link).
   */
  private static final boolean TOP_K_PARAM = hasTopK(MessageCreateParams.class);

  private static final boolean BETA_TOP_K_PARAM =
      hasTopK(com.anthropic.models.beta.messages.MessageCreateParams.class);

  private Hooks() {}

  static boolean hasTopK(Class<?> params) {
    try {
      params.getMethod("topK");
      return true;
    } catch (NoSuchMethodException | LinkageError e) {
      return false;
    }
  }

  /** Messages {@code create}: top_k, the stop reason as finish reason, content (opt-in). */
  public abstract static class MessageHook extends AnthropicHook<MessageCreateParams, Message> {
    protected MessageHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void preResponse(Span span, MessageCreateParams params) {
      request(span, params);
      if (params != null && capturesContent(span)) {
        AnthropicContent.input(span, params, settings().genAi());
      }
    }

    @Override
    protected void postResponse(Span span, MessageCreateParams params, Message message, Throwable error) {
      super.postResponse(span, params, message, error);
      if (message == null || !span.isRecording()) {
        return;
      }
      message.stopReason().ifPresent(reason -> span.setAttribute(TracepoetAttributes.GEN_AI_FINISH_REASONS,
          List.of(reason.asString())));
      if (capturesContent(span)) {
        AnthropicContent.output(span, message, settings().genAi());
      }
    }
  }

  /**
   * Messages {@code createStreaming}: elements are the call's {@link MessageStreamFold}; the finish
   * reason is the one {@code message_delta} carries, the streamed content is merged per block.
   */
  public abstract static class MessageStreamHook extends AnthropicHook<MessageCreateParams, MessageStreamFold> {
    protected MessageStreamHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void preResponse(Span span, MessageCreateParams params) {
      request(span, params);
      if (params != null && capturesContent(span)) {
        AnthropicContent.input(span, params, settings().genAi());
      }
    }

    @Override
    protected List<String> finishReasons(MessageStreamFold fold) {
      String reason = fold.stopReasonNow();
      return reason == null ? null : List.of(reason);
    }

    @Override
    protected void onElement(Span span, MessageCreateParams params, MessageStreamFold fold) {
      if (capturesContent(span)) {
        StreamedBlocks.of(fold, settings().genAi()).add(fold.event());
      }
    }

    @Override
    protected void postResponse(Span span, MessageCreateParams params, MessageStreamFold fold, Throwable error) {
      super.postResponse(span, params, fold, error);
      if (fold != null && fold.content instanceof StreamedBlocks && span.isRecording()) {
        span.setAttribute(TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES,
            ((StreamedBlocks) fold.content).toJson(fold.stopReason()));
      }
    }
  }

  /** {@code gen_ai.request.top_k}, which the paths cannot record (an integer under a double key). */
  static void request(Span span, MessageCreateParams params) {
    if (TOP_K_PARAM && params != null && span.isRecording()) {
      params.topK().ifPresent(k -> span.setAttribute(TOP_K, k.doubleValue()));
    }
  }

  /** Beta messages {@code create}: top_k and the stop reason (content is not captured for beta). */
  public abstract static class BetaMessageHook
      extends AnthropicHook<com.anthropic.models.beta.messages.MessageCreateParams, BetaMessage> {
    protected BetaMessageHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void preResponse(Span span, com.anthropic.models.beta.messages.MessageCreateParams params) {
      if (BETA_TOP_K_PARAM && params != null && span.isRecording()) {
        params.topK().ifPresent(k -> span.setAttribute(TOP_K, k.doubleValue()));
      }
    }

    @Override
    protected void postResponse(Span span, com.anthropic.models.beta.messages.MessageCreateParams params,
        BetaMessage message, Throwable error) {
      super.postResponse(span, params, message, error);
      if (message != null && span.isRecording()) {
        message.stopReason().ifPresent(reason -> span.setAttribute(TracepoetAttributes.GEN_AI_FINISH_REASONS,
            List.of(reason.asString())));
      }
    }
  }

  /**
   * Beta messages {@code createStreaming} (sync and async): elements are the call's {@link
   * MessageStreamFold} of beta events; top_k and the stop reason {@code message_delta} carries.
   */
  public abstract static class BetaMessageStreamHook
      extends AnthropicHook<com.anthropic.models.beta.messages.MessageCreateParams, MessageStreamFold> {
    protected BetaMessageStreamHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void preResponse(Span span, com.anthropic.models.beta.messages.MessageCreateParams params) {
      if (BETA_TOP_K_PARAM && params != null && span.isRecording()) {
        params.topK().ifPresent(k -> span.setAttribute(TOP_K, k.doubleValue()));
      }
    }

    @Override
    protected List<String> finishReasons(MessageStreamFold fold) {
      String reason = fold.stopReasonNow();
      return reason == null ? null : List.of(reason);
    }
  }

  // ------------------------------------------------ plain endpoints: errors only

  /** Messages {@code countTokens}. */
  public abstract static class CountTokensHook extends AnthropicHook<MessageCountTokensParams, MessageTokensCount> {
    protected CountTokensHook(Endpoint e) { super(e); }
  }

  /** Beta messages {@code countTokens}. */
  public abstract static class BetaCountTokensHook
      extends AnthropicHook<com.anthropic.models.beta.messages.MessageCountTokensParams, BetaMessageTokensCount> {
    protected BetaCountTokensHook(Endpoint e) { super(e); }
  }

  /** Batches {@code create}. */
  public abstract static class BatchCreateHook extends AnthropicHook<BatchCreateParams, MessageBatch> {
    protected BatchCreateHook(Endpoint e) { super(e); }
  }

  /** Batches {@code retrieve}. */
  public abstract static class BatchRetrieveHook extends AnthropicHook<BatchRetrieveParams, MessageBatch> {
    protected BatchRetrieveHook(Endpoint e) { super(e); }
  }

  /** Batches {@code list}. */
  public abstract static class BatchListHook extends AnthropicHook<BatchListParams, BatchListPage> {
    protected BatchListHook(Endpoint e) { super(e); }
  }

  /** Batches {@code cancel}. */
  public abstract static class BatchCancelHook extends AnthropicHook<BatchCancelParams, MessageBatch> {
    protected BatchCancelHook(Endpoint e) { super(e); }
  }

  /** Batches {@code delete}. */
  public abstract static class BatchDeleteHook extends AnthropicHook<BatchDeleteParams, DeletedMessageBatch> {
    protected BatchDeleteHook(Endpoint e) { super(e); }
  }

  /** Models {@code retrieve}. */
  public abstract static class ModelRetrieveHook extends AnthropicHook<ModelRetrieveParams, ModelInfo> {
    protected ModelRetrieveHook(Endpoint e) { super(e); }
  }

  /** Models {@code list}. */
  public abstract static class ModelListHook extends AnthropicHook<ModelListParams, ModelListPage> {
    protected ModelListHook(Endpoint e) { super(e); }
  }

  /** Models {@code list}, async. */
  public abstract static class ModelListAsyncHook extends AnthropicHook<ModelListParams, ModelListPageAsync> {
    protected ModelListAsyncHook(Endpoint e) { super(e); }
  }
}
