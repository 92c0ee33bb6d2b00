package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.StreamResponse;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.services.blocking.CompletionService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.StreamResponseAdapter;
import java.util.function.Consumer;

/** View of {@link CompletionService} (legacy completions): GenAI {@code text_completion}. */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = CompletionService.class,
    adapters = StreamResponseAdapter.class)
public interface CompletionServiceView extends CompletionService {

  @Override
  CompletionServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

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
  Completion create(CompletionCreateParams params, RequestOptions requestOptions);

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
  StreamResponse<Completion> createStreaming(CompletionCreateParams params, RequestOptions requestOptions);
}
