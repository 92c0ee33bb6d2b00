package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MAX_TOKENS_TO_SAMPLE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.RESPONSE_MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.STOP_SEQUENCES;
import static dev.tracepoet.anthropic.internal.AnthropicTags.TEMPERATURE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.TOP_P;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.models.completions.Completion;
import com.anthropic.models.completions.CompletionCreateParams;
import com.anthropic.services.async.CompletionServiceAsync;
import java.util.concurrent.CompletableFuture;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link CompletionServiceAsync} ({@code client.async().completions()}, the legacy Text Completions
 * API): {@code create} and {@code createStreaming} as GenAI {@code text_completion} operations. The
 * API reports no token usage, so the counts are computed from the prompt and the completion text
 * ({@code anthropic.response.usage.estimated = true}); a stream's chunks are the hook's elements
 * (id, model and stop reason from the last ones).
 */
@TracedClient(
    integration = "anthropic",
    genAiProvider = "anthropic",
    wraps = CompletionServiceAsync.class,
    adapters = AsyncStreamResponseAdapter.class)
public interface CompletionServiceAsyncView extends CompletionServiceAsync {

  @Override
  CompletionServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "text_completion",
      genAiOperation = "text_completion",
      endpoint = "/v1/complete",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS_TO_SAMPLE, TEMPERATURE, TOP_P, STOP_SEQUENCES},
      responseTags = {ID, RESPONSE_MODEL},
      prompt = "params.prompt",
      completion = "completion",
      hook = CompletionHooks.CompletionHook.class)
  CompletableFuture<Completion> create(CompletionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "text_completion",
      genAiOperation = "text_completion",
      endpoint = "/v1/complete",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS_TO_SAMPLE, TEMPERATURE, TOP_P, STOP_SEQUENCES},
      responseTags = {ID, RESPONSE_MODEL},
      prompt = "params.prompt",
      completion = "completion",
      hook = CompletionHooks.CompletionHook.class)
  AsyncStreamResponse<Completion> createStreaming(CompletionCreateParams params, RequestOptions requestOptions);
}
