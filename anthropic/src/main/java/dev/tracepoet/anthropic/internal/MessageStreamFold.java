package dev.tracepoet.anthropic.internal;

import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageDeltaUsage;
import com.anthropic.models.messages.RawMessageDeltaEvent;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Usage;
import java.util.Optional;

/**
 * What one streamed Messages call has told so far, folded from its server-sent events: {@code
 * message_start} gives the id, the model and the input usage; {@code message_delta} the stop
 * reason and the (cumulative) output usage. The stream adapters report this one object per event
 * (it is the hook's element type), so the runtime's "last element" is the whole fold and the
 * response tags and usage are read from it; {@link #event()} is the event just folded (the hook
 * reads content deltas from it). One per call; not thread-safe (a stream delivers in order).
 */
public final class MessageStreamFold {
  private RawMessageStreamEvent event;
  private String id;
  private String model;
  private String stopReason;
  private String stopReasonNow;
  private FoldedUsage usage;
  /** Content state of the hook, created lazily by it when content is captured; opaque here. */
  Object content;

  /** Folds {@code next} in and returns this fold (the report function of the adapters). */
  public MessageStreamFold fold(RawMessageStreamEvent next) {
    event = next;
    stopReasonNow = null;
    if (next == null) {
      return this;
    }
    next.messageStart().ifPresent(start -> start(start.message()));
    next.messageDelta().ifPresent(this::delta);
    return this;
  }

  private void start(Message message) {
    id = message.id();
    model = message.model().asString();
    Usage start = message.usage();
    usage = new FoldedUsage(start.inputTokens(), start.outputTokens(), start.cacheReadInputTokens().orElse(null),
        start.cacheCreationInputTokens().orElse(null));
  }

  private void delta(RawMessageDeltaEvent delta) {
    delta.delta().stopReason().map(StopReason::asString).ifPresent(reason -> stopReason = stopReasonNow = reason);
    MessageDeltaUsage counts = delta.usage();
    FoldedUsage before = usage == null ? new FoldedUsage(0, 0, null, null) : usage;
    usage = new FoldedUsage(
        counts.inputTokens().orElse(before.inputTokens),
        counts.outputTokens(),
        counts.cacheReadInputTokens().orElse(before.cacheRead),
        counts.cacheCreationInputTokens().orElse(before.cacheCreation));
  }

  /** The event folded last; null before the first. */
  public RawMessageStreamEvent event() {
    return event;
  }

  /** The message id ({@code message_start}); null before it. */
  public String id() {
    return id;
  }

  /** The model that answers ({@code message_start}); null before it. */
  public String model() {
    return model;
  }

  /** The stop reason ({@code message_delta}); null before it. */
  public String stopReason() {
    return stopReason;
  }

  /** The stop reason the event folded last carried (a {@code message_delta}), else null. */
  String stopReasonNow() {
    return stopReasonNow;
  }

  /** The usage so far, shaped like the SDK's {@code Usage}; null before {@code message_start}. */
  public FoldedUsage usage() {
    return usage;
  }

  /**
   * Token counts as Anthropic reports them: {@code input_tokens} excludes the cached tokens, which
   * are counted apart.
   */
  public static final class FoldedUsage {
    private final long inputTokens;
    private final long outputTokens;
    private final Long cacheRead;
    private final Long cacheCreation;

    FoldedUsage(long inputTokens, long outputTokens, Long cacheRead, Long cacheCreation) {
      this.inputTokens = inputTokens;
      this.outputTokens = outputTokens;
      this.cacheRead = cacheRead;
      this.cacheCreation = cacheCreation;
    }

    /** Uncached input tokens. */
    public long inputTokens() {
      return inputTokens;
    }

    /** Output tokens (cumulative over the stream). */
    public long outputTokens() {
      return outputTokens;
    }

    /** Input tokens read from the prompt cache. */
    public Optional<Long> cacheReadInputTokens() {
      return Optional.ofNullable(cacheRead);
    }

    /** Input tokens written to the prompt cache. */
    public Optional<Long> cacheCreationInputTokens() {
      return Optional.ofNullable(cacheCreation);
    }
  }
}
