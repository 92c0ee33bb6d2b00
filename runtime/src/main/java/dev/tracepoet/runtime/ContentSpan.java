package dev.tracepoet.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;

/**
 * The span of a GenAI call that captures content for the {@linkplain GenAiSettings#contentDestination()
 * content event}, as the steps and the delegate see it: every other attribute and operation goes
 * to the real span, while the four content attributes ({@code gen_ai.input.messages}, {@code
 * gen_ai.output.messages}, {@code gen_ai.system_instructions}, {@code gen_ai.tool.definitions}) —
 * whoever sets them: the runtime's wiring, a generated hook, a custom hook or an SDK module — are
 * kept for the event, and reach the span only when the destination includes it. The response and
 * usage attributes ({@code gen_ai.response.*}, {@code gen_ai.usage.*}) set through it are copied
 * for the event too. Internal (package-private).
 */
final class ContentSpan implements Span {
  final Span delegate;
  private final boolean onSpan;
  private volatile String inputMessages;
  private volatile String outputMessages;
  private volatile String systemInstructions;
  private volatile String toolDefinitions;
  /** Copies of the response and usage attributes, for the event; guarded by itself. */
  private final AttributesBuilder response = Attributes.builder();

  ContentSpan(Span delegate, boolean onSpan) {
    this.delegate = delegate;
    this.onSpan = onSpan;
  }

  @Override
  public <T> Span setAttribute(AttributeKey<T> key, T value) {
    if (key != null && value instanceof String && keep(key.getKey(), (String) value) && !onSpan) {
      return this;
    }
    if (key != null && value != null
        && (key.getKey().startsWith("gen_ai.response.") || key.getKey().startsWith("gen_ai.usage."))) {
      synchronized (response) {
        response.put(key, value);
      }
    }
    delegate.setAttribute(key, value);
    return this;
  }

  /** The response and usage attributes set so far. */
  Attributes responseAttributes() {
    synchronized (response) {
      return response.build();
    }
  }

  /** Keeps a content attribute for the event; false when {@code key} is not one. */
  private boolean keep(String key, String value) {
    switch (key) {
      case "gen_ai.input.messages":
        inputMessages = value;
        return true;
      case "gen_ai.output.messages":
        outputMessages = value;
        return true;
      case "gen_ai.system_instructions":
        systemInstructions = value;
        return true;
      case "gen_ai.tool.definitions":
        toolDefinitions = value;
        return true;
      default:
        return false;
    }
  }

  /** Whether any content attribute was set. */
  boolean hasContent() {
    return inputMessages != null || outputMessages != null || systemInstructions != null || toolDefinitions != null;
  }

  String inputMessages() {
    return inputMessages;
  }

  String outputMessages() {
    return outputMessages;
  }

  String systemInstructions() {
    return systemInstructions;
  }

  String toolDefinitions() {
    return toolDefinitions;
  }

  @Override
  public Span addEvent(String name, Attributes attributes) {
    delegate.addEvent(name, attributes);
    return this;
  }

  @Override
  public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
    delegate.addEvent(name, attributes, timestamp, unit);
    return this;
  }

  @Override
  public Span setStatus(StatusCode statusCode, String description) {
    delegate.setStatus(statusCode, description);
    return this;
  }

  @Override
  public Span recordException(Throwable exception, Attributes additionalAttributes) {
    delegate.recordException(exception, additionalAttributes);
    return this;
  }

  @Override
  public Span updateName(String name) {
    delegate.updateName(name);
    return this;
  }

  @Override
  public Span addLink(SpanContext spanContext, Attributes attributes) {
    delegate.addLink(spanContext, attributes);
    return this;
  }

  @Override
  public void end() {
    delegate.end();
  }

  @Override
  public void end(long timestamp, TimeUnit unit) {
    delegate.end(timestamp, unit);
  }

  @Override
  public SpanContext getSpanContext() {
    return delegate.getSpanContext();
  }

  @Override
  public boolean isRecording() {
    return delegate.isRecording();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
