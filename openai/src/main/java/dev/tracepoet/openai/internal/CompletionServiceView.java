package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.ERROR_REQUEST_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.FINISH_REASONS;
import static dev.tracepoet.openai.internal.OpenAiTags.FREQUENCY_PENALTY;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.MAX_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.N;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.PRESENCE_PENALTY;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.SEED;
import static dev.tracepoet.openai.internal.OpenAiTags.STOP;
import static dev.tracepoet.openai.internal.OpenAiTags.SYSTEM_FINGERPRINT;
import static dev.tracepoet.openai.internal.OpenAiTags.TEMPERATURE;
import static dev.tracepoet.openai.internal.OpenAiTags.TOP_P;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.services.blocking.CompletionService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.StreamResponseAdapter;
import java.util.function.Consumer;

/**
 * View of {@link CompletionService} (legacy completions): GenAI {@code text_completion}; content
 * (opt-in) is the prompt and the choices' text ({@link Hooks.CompletionHook}).
 */
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
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {
        MODEL,
        MAX_TOKENS,
        TEMPERATURE,
        TOP_P,
        N,
        SEED,
        FREQUENCY_PENALTY,
        PRESENCE_PENALTY,
        STOP
      },
      responseTags = {ID, RESPONSE_MODEL, FINISH_REASONS, SYSTEM_FINGERPRINT},
      usage = "usage",
      hook = Hooks.CompletionHook.class)
  Completion create(CompletionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "text_completion",
      genAiOperation = "text_completion",
      endpoint = "/completions",
      method = "POST",
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {
        MODEL,
        MAX_TOKENS,
        TEMPERATURE,
        TOP_P,
        N,
        SEED,
        FREQUENCY_PENALTY,
        PRESENCE_PENALTY,
        STOP
      },
      // read from the last chunk; the finish reasons are those of every chunk (the hook reads them:
      // a streamed choice has none until it ends, where the path's required accessor would throw)
      responseTags = {ID, RESPONSE_MODEL, SYSTEM_FINGERPRINT},
      usage = "usage",
      hook = Hooks.CompletionHook.class)
  StreamResponse<Completion> createStreaming(CompletionCreateParams params, RequestOptions requestOptions);
}
