package dev.tracepoet.runtime;

import io.opentelemetry.api.logs.LogRecordBuilder;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;

/**
 * The conventions' opt-in event {@code gen_ai.client.inference.operation.details}: one log record
 * per call, in the span's context, with the operation, provider and request model and the captured
 * {@code gen_ai.input.messages} / {@code gen_ai.output.messages} (JSON strings, as on the span).
 * Emitted when {@link GenAiSettings#contentDestination()} includes the event. Internal
 * (package-private).
 */
final class GenAiContentEvent {
  private final Logger logger;
  private final String operation;
  private final String provider;

  GenAiContentEvent(Logger logger, String operation, String provider) {
    this.logger = logger;
    this.operation = operation;
    this.provider = provider;
  }

  /** Emits the event for the call of {@code span}; nothing when there is no content. */
  void emit(Span span, String model, String inputMessages, String outputMessages) {
    if (inputMessages == null && outputMessages == null) {
      return;
    }
    LogRecordBuilder record = logger.logRecordBuilder()
        .setEventName(TracepoetAttributes.GEN_AI_CONTENT_EVENT)
        .setContext(Context.current().with(span))
        .setAttribute(TracepoetAttributes.GEN_AI_OPERATION, operation);
    if (provider != null) {
      record.setAttribute(TracepoetAttributes.GEN_AI_PROVIDER, provider);
    }
    if (model != null) {
      record.setAttribute(TracepoetAttributes.GEN_AI_REQUEST_MODEL, model);
    }
    if (inputMessages != null) {
      record.setAttribute(TracepoetAttributes.GEN_AI_INPUT_MESSAGES, inputMessages);
    }
    if (outputMessages != null) {
      record.setAttribute(TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, outputMessages);
    }
    record.emit();
  }
}
