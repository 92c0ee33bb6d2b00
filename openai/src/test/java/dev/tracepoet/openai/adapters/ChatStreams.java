package dev.tracepoet.openai.adapters;

import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.AsyncStreamResponseAdapter;
import dev.tracepoet.openai.StreamResponseAdapter;

/** A plain (non-view) client over the SDK's streaming results, traced through the adapters. */
@TracedClient(integration = "openai", adapters = {StreamResponseAdapter.class, AsyncStreamResponseAdapter.class})
public interface ChatStreams {
  @TracedEndpoint(name = "chat", responseTags = {"id", "model"}, usage = "usage")
  StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params);

  @TracedEndpoint(name = "chat_async", responseTags = {"id"}, usage = "usage")
  AsyncStreamResponse<ChatCompletionChunk> streamAsync(ChatCompletionCreateParams params);

  /** The explicit form: an endpoint's own adapter. */
  @TracedEndpoint(name = "chat_explicit", adapter = StreamResponseAdapter.class)
  StreamResponse<ChatCompletionChunk> streamExplicit(ChatCompletionCreateParams params);
}
