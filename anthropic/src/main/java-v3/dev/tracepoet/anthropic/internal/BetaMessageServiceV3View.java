package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.FOLDED_MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.INPUT_TOKENS;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MAX_TOKENS;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.RESPONSE_MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.STOP_SEQUENCES;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaMessageTokensCount;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import com.anthropic.models.beta.messages.MessageCountTokensParams;
import com.anthropic.models.beta.messages.MessageCreateParams;
import com.anthropic.services.blocking.beta.MessageService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The 3.x SDK's form (see {@link ClientViews}; 3.x adds the abstract {@code toolRunner},
 * forwarded untraced) of the view of the beta {@link MessageService} ({@code client.beta().messages()}): {@code create} as a
 * GenAI {@code chat} operation (attributes and usage, no content capture), {@code createStreaming}
 * as one {@code chat} span for the whole stream (events folded like the GA stream's, no content),
 * {@code countTokens} as a plain span; {@code batches()} is
 * deep-wrapped ({@link BetaBatchServiceView}).
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = MessageService.class,
    adapters = BetaMessageStreamAdapter.class)
public interface BetaMessageServiceV3View extends MessageService {

  @Override
  BetaMessageServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaBatchServiceView batches();

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/v1/messages?beta=true",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS, STOP_SEQUENCES},
      responseTags = {ID, RESPONSE_MODEL},
      usage = "usage",
      hook = Hooks.BetaMessageHook.class)
  BetaMessage create(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/v1/messages?beta=true",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS, STOP_SEQUENCES},
      // read from the call's fold of message_start / message_delta
      responseTags = {ID, FOLDED_MODEL},
      usage = "usage",
      hook = Hooks.BetaMessageStreamHook.class)
  StreamResponse<BetaRawMessageStreamEvent> createStreaming(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.count_tokens",
      endpoint = "/v1/messages/count_tokens?beta=true",
      method = "POST",
      requestTags = MODEL,
      responseTags = INPUT_TOKENS,
      hook = Hooks.BetaCountTokensHook.class)
  BetaMessageTokensCount countTokens(MessageCountTokensParams params, RequestOptions requestOptions);
}
