package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Error spans: status description, exception event, error.type. */
class ErrorStatusTest {
  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  private SpanData fail(TracingSettings settings, Throwable failure) {
    TestHook<String, String> hook = new TestHook<>(otel.bareEndpoint(settings));
    assertSame(failure, assertThrows(Throwable.class, () -> hook.call("in", arguments -> {
      throw failure;
    })));
    return otel.onlySpan();
  }

  @Test
  void theDescriptionIsTheExceptionsMessage() {
    SpanData span = fail(TracingSettings.defaults(), new IOException("HTTP 503: upstream unavailable"));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("HTTP 503: upstream unavailable", span.getStatus().getDescription());
    assertEquals("java.io.IOException", span.getAttributes().get(TracepoetAttributes.ERROR_TYPE));
  }

  @Test
  void aNullMessageIsDescribedByTheSimpleClassName() {
    SpanData span = fail(TracingSettings.defaults(), new IllegalStateException());
    assertEquals("IllegalStateException", span.getStatus().getDescription());
  }

  @Test
  void theDescriptionIsTruncatedLikeOtherStrings() {
    SpanData span = fail(TracingSettings.builder().characterLimit(10).build(), new IOException("0123456789abcdef"));
    assertEquals("0123456789...", span.getStatus().getDescription());
  }

  @Test
  void credentialsInTheMessageAreMaskedInTheDescriptionAndTheEvent() {
    IOException failure = new IOException("401: invalid key sk-proj-abcdefgh1234 for Bearer abcdefghijkl9876");
    SpanData span = fail(TracingSettings.defaults(), failure);
    assertEquals("401: invalid key sk-...1234 for Bearer ...9876", span.getStatus().getDescription());
    EventData event = span.getEvents().get(0);
    assertEquals("exception", event.getName());
    assertEquals("401: invalid key sk-...1234 for Bearer ...9876",
        event.getAttributes().get(AttributeKey.stringKey("exception.message")));
    String trace = event.getAttributes().get(AttributeKey.stringKey("exception.stacktrace"));
    assertFalse(trace.contains("abcdefgh1234"), trace);
    assertFalse(trace.contains("abcdefghijkl9876"), trace);
    assertEquals("java.io.IOException", event.getAttributes().get(AttributeKey.stringKey("exception.type")));
  }
}
