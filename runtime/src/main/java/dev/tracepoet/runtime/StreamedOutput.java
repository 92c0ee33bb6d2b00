package dev.tracepoet.runtime;

import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates the output messages of one streamed GenAI call — text deltas, tool-call fragments,
 * roles and finish reasons, per choice — into {@code gen_ai.output.messages}:
 *
 * <pre>{@code
 * StreamedOutput output = StreamedOutput.create(settings.genAi());   // when capturesContent(span)
 * output.text(0, "Hel");
 * output.text(0, "lo");
 * output.toolCall(0, 0, "call_1", "weather", "{\"ci");
 * output.toolCall(0, 0, null, null, "ty\":\"Paris\"}");
 * output.finishReason(0, "tool_calls");
 * span.setAttribute(TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, output.toMessages().toJson());
 * }</pre>
 *
 * <p>Linear in what is streamed: each delta is appended to one {@link StringBuilder} per text or
 * tool call. Bounded: a text or a tool call's arguments keep at most {@link
 * GenAiSettings#contentPartLimit()} characters plus {@value #REDACTION_MARGIN} more (so that the
 * {@link GenAiSettings#redactor() redactor}, which runs in {@link #toMessages()}, sees a secret
 * that straddles the limit whole); what arrives beyond that is dropped and the part is marked
 * {@code "truncated": true}, as {@link GenAiMessages} does. At most {@value #MAX_CHOICES} choices
 * and {@value #MAX_TOOL_CALLS} tool calls per choice are kept; negative indexes and null deltas
 * are ignored. Feed it only when content is captured ({@code capturesContent(span)}); it is cheap
 * to create lazily. Never throws on odd input; not thread-safe (one per call, guarded by the
 * caller).
 */
public final class StreamedOutput {
  /** Characters kept beyond the part limit for the redactor's sake. */
  public static final int REDACTION_MARGIN = 256;
  /** The most choices kept. */
  public static final int MAX_CHOICES = 64;
  /** The most tool calls kept per choice. */
  public static final int MAX_TOOL_CALLS = 64;

  private final GenAiSettings settings;
  private final int cap;
  private final Map<Integer, Choice> choices = new TreeMap<>();

  private StreamedOutput(GenAiSettings settings, int minimumCap) {
    this.settings = settings == null ? GenAiSettings.defaults() : settings;
    long limit = (long) this.settings.contentPartLimit() + REDACTION_MARGIN;
    this.cap = (int) Math.min(Integer.MAX_VALUE, Math.max(limit, minimumCap));
  }

  /** An empty accumulator bounded by {@code settings} (null: the defaults). */
  public static StreamedOutput create(GenAiSettings settings) {
    return new StreamedOutput(settings, 0);
  }

  /** As {@link #create}, keeping at least {@code minimumCap} characters per part. */
  static StreamedOutput create(GenAiSettings settings, int minimumCap) {
    return new StreamedOutput(settings, minimumCap);
  }

  /** Sets the role of {@code choice}'s message (default {@code assistant}); null is ignored. */
  public void role(int choice, String role) {
    Choice c = choice(choice);
    if (c != null && role != null) {
      c.role = role;
    }
  }

  /** Appends a text delta to {@code choice}'s text, bounded (beyond the bound it is dropped). */
  public void text(int choice, CharSequence delta) {
    if (delta == null) {
      return;
    }
    Choice c = choice(choice);
    if (c != null) {
      c.text.append(delta);
    }
  }

  /**
   * A fragment of tool call {@code index} of {@code choice}: fragments with the same (choice,
   * index) are one call; its id and name are those of the first fragment that has them, its
   * arguments the concatenation of all fragments' (bounded). Null = not in this fragment.
   */
  public void toolCall(int choice, int index, String id, String name, CharSequence argumentsDelta) {
    Choice c = choice(choice);
    if (c == null || index < 0) {
      return;
    }
    ToolCall call = c.toolCalls.get(index);
    if (call == null) {
      if (c.toolCalls.size() >= MAX_TOOL_CALLS) {
        return;
      }
      call = new ToolCall(cap);
      c.toolCalls.put(index, call);
    }
    if (call.id == null && id != null) {
      call.id = id;
    }
    if (call.name == null && name != null) {
      call.name = name;
    }
    if (argumentsDelta != null) {
      call.arguments.append(argumentsDelta);
    }
  }

  /** Sets {@code choice}'s finish reason (the last non-null one wins). */
  public void finishReason(int choice, String reason) {
    Choice c = choice(choice);
    if (c != null && reason != null) {
      c.finishReason = reason;
    }
  }

  /**
   * The text of {@code choice} kept so far (bounded; a live view, not a copy), or null when it has
   * none.
   */
  CharSequence text(int choice) {
    Choice c = choice < 0 ? null : choices.get(choice);
    return c == null || c.text.length() == 0 ? null : c.text;
  }

  /** Whether {@code choice} has a finish reason. */
  boolean hasFinishReason(int choice) {
    Choice c = choices.get(choice);
    return c != null && c.finishReason != null;
  }

  /** Whether nothing was fed. */
  public boolean isEmpty() {
    return choices.isEmpty();
  }

  /**
   * The output messages: one per choice, in choice order, with its role, a text part (when it has
   * text), its tool calls in index order and its finish reason. Can be called more than once.
   */
  public GenAiMessages toMessages() {
    GenAiMessages messages = GenAiMessages.create(settings);
    for (Choice c : choices.values()) {
      messages.message(c.role, c.finishReason);
      if (c.text.length() > 0) {
        messages.text(c.text, c.text.cut);
      }
      for (ToolCall call : c.toolCalls.values()) {
        messages.toolCall(call.id, call.name, call.arguments.length() > 0 ? call.arguments : null,
            call.arguments.cut);
      }
    }
    return messages;
  }

  private Choice choice(int index) {
    if (index < 0) {
      return null;
    }
    Choice c = choices.get(index);
    if (c == null && choices.size() < MAX_CHOICES) {
      c = new Choice(cap);
      choices.put(index, c);
    }
    return c;
  }

  private static final class Choice {
    String role = "assistant";
    String finishReason;
    final Bounded text;
    final Map<Integer, ToolCall> toolCalls = new TreeMap<>();

    Choice(int cap) {
      this.text = new Bounded(cap);
    }
  }

  private static final class ToolCall {
    String id;
    String name;
    final Bounded arguments;

    ToolCall(int cap) {
      this.arguments = new Bounded(cap);
    }
  }

  /** Text that keeps at most {@code cap} characters and remembers whether it dropped any. */
  private static final class Bounded implements CharSequence {
    private final int cap;
    private StringBuilder text;
    boolean cut;

    Bounded(int cap) {
      this.cap = cap;
    }

    void append(CharSequence delta) {
      int length = delta.length();
      if (cut || length == 0) {
        return;
      }
      if (text == null) {
        text = new StringBuilder(Math.min(Math.max(16, length), cap));
      }
      int room = cap - text.length();
      if (length <= room) {
        text.append(delta);
        return;
      }
      int end = room;
      if (end > 0 && Character.isHighSurrogate(delta.charAt(end - 1))) {
        end--; // never keep half a surrogate pair
      }
      text.append(delta, 0, end);
      cut = true;
    }

    @Override
    public int length() {
      return text == null ? 0 : text.length();
    }

    @Override
    public char charAt(int index) {
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text == null ? "" : text.toString();
    }
  }
}
