package dev.tracepoet.it.chat;

import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.EndpointHook;
import dev.tracepoet.runtime.Tokens;
import io.opentelemetry.api.trace.Span;

/**
 * A custom hook: when the API returns no usage block, estimates prompt and completion tokens from
 * the message texts with {@link Tokens} and flags them as estimated.
 */
public abstract class UsageEstimatingHook extends EndpointHook<ChatRequest, ChatResponse> {

  protected UsageEstimatingHook(Endpoint endpoint) {
    super(endpoint);
  }

  @Override
  protected void postResponse(Span span, ChatRequest request, ChatResponse response, Throwable error) {
    if (response == null || response.usage() != null) {
      return;
    }
    int prompt = 0;
    for (ChatRequest.Message message : request.messages()) {
      prompt += Tokens.estimate(message.content());
    }
    int completion = 0;
    for (ChatResponse.Choice choice : response.choices()) {
      completion += Tokens.estimate(choice.message().content());
    }
    tagUsage(span, prompt, completion, true);
  }
}
