package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Secrets;
import dev.tracepoet.runtime.internal.Values;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Records a failed call on its span: status ERROR with the exception's message as description
 * (truncated to the character limit; the class's simple name when the message is null), an
 * {@code exception} event and {@code error.type}. Credentials inside the message are masked, in
 * the description and in the event. Internal (package-private).
 */
final class ErrorStatus {
  private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
  private static final AttributeKey<String> EXCEPTION_STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

  private ErrorStatus() {}

  static void record(Span span, Throwable error, String errorType, int characterLimit) {
    String message = error.getMessage();
    String scrubbed = Secrets.scrub(message);
    String description = scrubbed == null ? error.getClass().getSimpleName() : scrubbed;
    span.setStatus(StatusCode.ERROR, Values.truncate(description, characterLimit));
    if (scrubbed == message) {
      span.recordException(error);
    } else {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      span.recordException(
          error,
          Attributes.of(EXCEPTION_MESSAGE, scrubbed, EXCEPTION_STACKTRACE, Secrets.scrub(trace.toString())));
    }
    span.setAttribute(TracepoetAttributes.ERROR_TYPE, errorType);
  }
}
