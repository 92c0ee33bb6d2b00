package dev.tracepoet.anthropic.internal;

import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaMessageDeltaUsage;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import com.anthropic.models.beta.messages.BetaStopReason;
import com.anthropic.models.beta.messages.BetaUsage;
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
 * reads content deltas from it). Beta streams fold through {@link #foldBeta}. One per call; not
 * thread-safe (a stream delivers in order).
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

  /**
   * Folds a beta stream's {@code next} in ({@code client.beta().messages().createStreaming}: the same
   * events under the beta types) and returns this fold; {@link #event()} stays null (beta content is
   * not captured).
   */
  public MessageStreamFold foldBeta(BetaRawMessageStreamEvent next) {
    event = null;
    stopReasonNow = null;
    if (next == null) {
      return this;
    }
    next.messageStart().ifPresent(start -> {
      BetaMessage message = start.message();
      BetaUsage counts = message.usage();
      start(message.id(), message.model().asString(), counts.inputTokens(), counts.outputTokens(),
          counts.cacheReadInputTokens().orElse(null), counts.cacheCreationInputTokens().orElse(null));
    });
    next.messageDelta().ifPresent(delta -> {
      BetaMessageDeltaUsage counts = delta.usage();
      delta(delta.delta().stopReason().map(BetaStopReason::asString).orElse(null), counts.inputTokens().orElse(null),
          counts.outputTokens(), counts.cacheReadInputTokens().orElse(null),
          counts.cacheCreationInputTokens().orElse(null));
    });
    return this;
  }

  private void start(Message message) {
    Usage counts = message.usage();
    start(message.id(), message.model().asString(), counts.inputTokens(), counts.outputTokens(),
        counts.cacheReadInputTokens().orElse(null), counts.cacheCreationInputTokens().orElse(null));
  }

  private void delta(RawMessageDeltaEvent delta) {
    MessageDeltaUsage counts = delta.usage();
    delta(delta.delta().stopReason().map(StopReason::asString).orElse(null), counts.inputTokens().orElse(null),
        counts.outputTokens(), counts.cacheReadInputTokens().orElse(null), counts.cacheCreationInputTokens().orElse(null));
  }

  private void start(String id, String model, long input, long output, Long cacheRead, Long cacheCreation) {
    this.id = id;
    this.model = model;
    usage = new FoldedUsage(input, output, cacheRead, cacheCreation);
  }

  /** A {@code message_delta}: its stop reason, and its usage (cumulative; absent counts keep the start's). */
  private void delta(String reason, Long input, long output, Long cacheRead, Long cacheCreation) {
    if (reason != null) {
      stopReason = stopReasonNow = reason;
    }
    FoldedUsage before = usage == null ? new FoldedUsage(0, 0, null, null) : usage;
    usage = new FoldedUsage(
        input != null ? input : before.inputTokens,
        output,
        cacheRead != null ? cacheRead : before.cacheRead,
        cacheCreation != null ? cacheCreation : before.cacheCreation);
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
