package dev.tracepoet.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.logs.LogRecordBuilder;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.context.Context;

/**
 * The conventions' opt-in event {@code gen_ai.client.inference.operation.details}: one log record
 * per call, in the span's context, emitted when the call ends (after the post-response steps, just
 * before the span ends), with the operation, provider, request model, the response and usage
 * attributes ({@code gen_ai.response.*}, {@code gen_ai.usage.*}), {@code error.type} of a failed
 * call, and the captured content — {@code gen_ai.input.messages}, {@code
 * gen_ai.output.messages}, {@code gen_ai.system_instructions}, {@code gen_ai.tool.definitions}
 * (JSON strings, as on the span) — whoever recorded it (see {@link ContentSpan}). Emitted when
 * {@link GenAiSettings#contentDestination()} includes the event. Internal (package-private).
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

  /** Emits the event for the call of {@code span}; nothing when it captured no content. */
  void emit(ContentSpan span, String model, String errorType) {
    if (!span.hasContent()) {
      return;
    }
    LogRecordBuilder record = logger.logRecordBuilder()
        .setEventName(TracepoetAttributes.GEN_AI_CONTENT_EVENT)
        .setContext(Context.current().with(span.delegate))
        .setAttribute(TracepoetAttributes.GEN_AI_OPERATION, operation);
    set(record, TracepoetAttributes.GEN_AI_PROVIDER, provider);
    set(record, TracepoetAttributes.GEN_AI_REQUEST_MODEL, model);
    set(record, TracepoetAttributes.ERROR_TYPE, errorType);
    record.setAllAttributes(span.responseAttributes());
    set(record, TracepoetAttributes.GEN_AI_SYSTEM_INSTRUCTIONS, span.systemInstructions());
    set(record, TracepoetAttributes.GEN_AI_TOOL_DEFINITIONS, span.toolDefinitions());
    set(record, TracepoetAttributes.GEN_AI_INPUT_MESSAGES, span.inputMessages());
    set(record, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, span.outputMessages());
    record.emit();
  }

  private static void set(LogRecordBuilder record, AttributeKey<String> key, String value) {
    if (value != null) {
      record.setAttribute(key, value);
    }
  }
}
