package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.services.async.CompletionServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.AsyncStreamResponseAdapter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** View of {@link CompletionServiceAsync} (legacy completions): GenAI {@code text_completion}. */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = CompletionServiceAsync.class,
    adapters = AsyncStreamResponseAdapter.class)
public interface CompletionServiceAsyncView extends CompletionServiceAsync {

  @Override
  CompletionServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "text_completion",
      genAiOperation = "text_completion",
      endpoint = "/completions",
      method = "POST",
      requestTags = {
        "model=params.model.as_string",
        "max_tokens=params.max_tokens",
        "temperature=params.temperature",
        "top_p=params.top_p",
        "n=params.n",
        "seed=params.seed",
        "frequency_penalty=params.frequency_penalty",
        "presence_penalty=params.presence_penalty",
        "stop=params.stop.string"
      },
      responseTags = {"id", "model", "finish_reasons=choices.finish_reason.as_string", "system_fingerprint"},
      usage = "usage",
      hook = Hooks.CompletionHook.class)
  CompletableFuture<Completion> create(CompletionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "text_completion",
      genAiOperation = "text_completion",
      endpoint = "/completions",
      method = "POST",
      requestTags = {
        "model=params.model.as_string",
        "max_tokens=params.max_tokens",
        "temperature=params.temperature",
        "top_p=params.top_p",
        "n=params.n",
        "seed=params.seed",
        "frequency_penalty=params.frequency_penalty",
        "presence_penalty=params.presence_penalty",
        "stop=params.stop.string"
      },
      responseTags = {"id", "model", "system_fingerprint"},
      usage = "usage",
      hook = Hooks.CompletionHook.class)
  AsyncStreamResponse<Completion> createStreaming(CompletionCreateParams params, RequestOptions requestOptions);
}
