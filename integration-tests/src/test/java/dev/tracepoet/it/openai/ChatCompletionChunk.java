package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/**
 * One server-sent event of a streamed chat completion ({@code object = "chat.completion.chunk"}).
 * Every chunk of a stream carries the same {@code id}, {@code model} and {@code created}; {@code
 * finish_reason} is set in the last chunk of each choice; with {@code stream_options.include_usage}
 * the API appends a final chunk with no choices and the call's {@code usage}. Each chunk carries
 * the {@link ResponseMeta} of the HTTP response that streamed it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletionChunk(
    String id,
    String object,
    long created,
    String model,
    String systemFingerprint,
    List<Choice> choices,
    Usage usage,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** The increment of one choice. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(int index, Delta delta, String finishReason) {}

  /** What a chunk adds to the choice's message: the role (first chunk), then content pieces. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Delta(String role, String content, ChatMessage.FunctionCall functionCall) {}
}
