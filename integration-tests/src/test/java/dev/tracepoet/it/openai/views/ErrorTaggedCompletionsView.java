package dev.tracepoet.it.openai.views;

import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.services.blocking.chat.ChatCompletionService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;

/**
 * A view over the real SDK whose failures record the HTTP status, the API's error code and the
 * response headers of the SDK's {@code OpenAIServiceException} as declared error tags, the headers
 * read with keyed lookups ({@code headers.values('retry-after')}): no hand-written hook.
 */
@TracedClient(integration = "openai", wraps = ChatCompletionService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        "^http.response.status_code=statusCode", "code=code",
        "request_id=headers.values('x-request-id')",
        "retry_after=headers.values('retry-after')",
        "ratelimit.remaining_requests=headers.values('x-ratelimit-remaining-requests').asLong",
        "ratelimit.reset_tokens=headers.values('x-ratelimit-reset-tokens')"}))
public interface ErrorTaggedCompletionsView extends ChatCompletionService {
  @Override
  @TracedEndpoint(name = "chat", requestTags = "model=params.model",
      errorTags = @ErrorTags(type = RateLimitException.class, tags = "^error.type=statusCode"))
  ChatCompletion create(ChatCompletionCreateParams params, RequestOptions requestOptions);
}
