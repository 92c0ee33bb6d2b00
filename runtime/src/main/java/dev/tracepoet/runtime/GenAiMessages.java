package dev.tracepoet.runtime;

import java.util.function.UnaryOperator;

/**
 * Builds the JSON of the GenAI semantic conventions' (v1.41.0) content attributes — {@code
 * gen_ai.input.messages}, {@code gen_ai.output.messages} (messages with a role, parts and, for
 * output, a {@code finish_reason}) and {@code gen_ai.system_instructions} (parts only) — without a
 * JSON library. Hooks and SDK modules produce messages from their own types:
 *
 * <pre>{@code
 * String json = GenAiMessages.create(settings.genAi())
 *     .message("system").text("You are terse.")
 *     .message("user").text("Weather in Paris?")
 *     .message("assistant").toolCall("call_1", "weather", "{\"city\":\"Paris\"}")
 *     .message("tool").toolCallResponse("call_1", "sunny")
 *     .toJson();
 * span.setAttribute(TracepoetAttributes.GEN_AI_INPUT_MESSAGES, json);
 * }</pre>
 *
 * <p>Every text (text parts, tool-call arguments and responses) first goes through the {@link
 * GenAiSettings#redactor()} and is then cut at {@link GenAiSettings#contentPartLimit()} characters;
 * a cut part gets {@code "truncated": true}, so the JSON stays valid. Binary content is never
 * written: {@link #blob} records a placeholder part with its MIME type and size. Not thread-safe;
 * one builder per attribute value.
 */
public final class GenAiMessages {
  private final StringBuilder json = new StringBuilder(128).append('[');
  private final int partLimit;
  private final UnaryOperator<String> redactor;
  private final boolean partsOnly;
  private int messages;
  private int parts;
  private String finishReason;

  private GenAiMessages(GenAiSettings settings, boolean partsOnly) {
    this.partLimit = settings.contentPartLimit();
    this.redactor = settings.redactor();
    this.partsOnly = partsOnly;
  }

  /** A builder of messages ({@code gen_ai.input.messages} / {@code gen_ai.output.messages}). */
  public static GenAiMessages create(GenAiSettings settings) {
    return new GenAiMessages(settings, false);
  }

  /** A builder of parts only ({@code gen_ai.system_instructions}): call the part methods directly. */
  public static GenAiMessages instructions(GenAiSettings settings) {
    return new GenAiMessages(settings, true);
  }

  /** Starts a message with {@code role} ({@code system}, {@code user}, {@code assistant}, {@code tool}). */
  public GenAiMessages message(String role) {
    return message(role, null);
  }

  /** Starts an output message with {@code role} and its {@code finish_reason} (null: none). */
  public GenAiMessages message(String role, String finishReason) {
    if (partsOnly) {
      throw new IllegalStateException("system instructions have parts only");
    }
    closeMessage();
    if (messages++ > 0) {
      json.append(',');
    }
    json.append("{\"role\":");
    string(role == null ? "user" : role);
    json.append(",\"parts\":[");
    parts = 0;
    this.finishReason = finishReason;
    return this;
  }

  /** A text part; null text writes nothing. */
  public GenAiMessages text(CharSequence text) {
    return text(text, false);
  }

  /** A text part, marked truncated also when {@code cut} (the caller bounded it already). */
  GenAiMessages text(CharSequence text, boolean cut) {
    if (text == null) {
      return this;
    }
    part("text");
    content("content", text, cut);
    json.append('}');
    return this;
  }

  /** A tool call requested by the model: its id (may be null), tool name and arguments (JSON text). */
  public GenAiMessages toolCall(String id, String name, CharSequence arguments) {
    return toolCall(id, name, arguments, false);
  }

  /** A tool call whose arguments are marked truncated also when {@code cut}. */
  GenAiMessages toolCall(String id, String name, CharSequence arguments, boolean cut) {
    part("tool_call");
    if (id != null) {
      json.append(",\"id\":");
      string(id);
    }
    json.append(",\"name\":");
    string(name == null ? "" : name);
    if (arguments != null) {
      content("arguments", arguments, cut);
    }
    json.append('}');
    return this;
  }

  /**
   * A reasoning part ({@code "type": "reasoning"}): the model's visible thinking (e.g. Anthropic's
   * {@code thinking} blocks); null text writes nothing.
   */
  public GenAiMessages reasoning(CharSequence text) {
    if (text == null) {
      return this;
    }
    part("reasoning");
    content("content", text, false);
    json.append('}');
    return this;
  }

  /** The result of a tool call, for the call {@code id}. */
  public GenAiMessages toolCallResponse(String id, CharSequence response) {
    part("tool_call_response");
    if (id != null) {
      json.append(",\"id\":");
      string(id);
    }
    if (response != null) {
      content("response", response, false);
    }
    json.append('}');
    return this;
  }

  /**
   * A placeholder for binary or base64 content (an image, audio, a file): its modality (e.g. {@code
   * image}), MIME type (may be null) and size in bytes; the content itself is never written.
   */
  public GenAiMessages blob(String modality, String mimeType, long sizeBytes) {
    part("blob");
    json.append(",\"modality\":");
    string(modality == null ? "unknown" : modality);
    if (mimeType != null) {
      json.append(",\"mime_type\":");
      string(mimeType);
    }
    json.append(",\"content\":\"\",\"content_omitted\":true,\"size\":").append(sizeBytes).append('}');
    return this;
  }

  /** Whether no message (or, for instructions, no part) was added. */
  public boolean isEmpty() {
    return partsOnly ? parts == 0 : messages == 0;
  }

  /** The JSON array. */
  public String toJson() {
    closeMessage();
    String out = json.toString() + ']';
    return out;
  }

  private void closeMessage() {
    if (partsOnly || messages == 0 || parts < 0) {
      return;
    }
    json.append(']');
    if (finishReason != null) {
      json.append(",\"finish_reason\":");
      string(finishReason);
    }
    json.append('}');
    parts = -1;
  }

  private void part(String type) {
    if (!partsOnly && (messages == 0 || parts < 0)) {
      message("user");
    }
    if (parts++ > 0) {
      json.append(',');
    }
    json.append("{\"type\":");
    string(type);
  }

  /**
   * A redacted, truncated text member; marks the part truncated when it was cut here or, {@code
   * cut}, before.
   */
  private void content(String member, CharSequence value, boolean cut) {
    String text = value.toString();
    if (redactor != null) {
      text = redactor.apply(text);
      if (text == null) {
        text = "";
      }
    }
    boolean truncated = text.length() > partLimit;
    if (truncated) {
      int end = partLimit;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text = text.substring(0, end);
    }
    json.append(",\"").append(member).append("\":");
    string(text);
    if (truncated || cut) {
      json.append(",\"truncated\":true");
    }
  }

  private void string(String value) {
    JsonText.string(json, value);
  }
}
