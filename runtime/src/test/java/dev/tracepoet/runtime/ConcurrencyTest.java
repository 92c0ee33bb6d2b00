package dev.tracepoet.runtime;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One hook instance shared by many threads: every call is isolated. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 500;
  private static final int CALLS = THREADS * CALLS_PER_THREAD;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneHookFromEightThreads() throws Exception {
    try (SpanCollector otel = new SpanCollector()) {
      FaultyOpenTelemetry counting = new FaultyOpenTelemetry(otel.openTelemetry);
      TestHook<Long, Long> hook =
          new TestHook<>(
              otel.tracing(counting, TracingSettings.builder().characterLimit(8).build())
                  .endpoint("doThing", "/things", "POST"));
      Map<Long, String> spanIdSeenByInvocation = new ConcurrentHashMap<>();
      Map<Long, String> spanIdSeenByPostResponse = new ConcurrentHashMap<>();
      hook.recordRequest(
              (h, span, id) -> {
                h.tags.longValue(span, longKey("acme.request.id"), id);
                h.tags.string(span, stringKey("acme.request.text"), "request-" + id);
              })
          .recordResponse((h, span, response) -> h.tags.longValue(span, longKey("acme.response.id"), response))
          .postResponse(
              (h, span, id, response, error) -> {
                spanIdSeenByPostResponse.put(id, span.getSpanContext().getSpanId());
                if (error != null) {
                  h.tags.string(span, stringKey("acme.error.of"), String.valueOf(id));
                }
              });

      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final long base = (long) t * CALLS_PER_THREAD;
        results.add(
            pool.submit(
                () -> {
                  List<String> problems = new ArrayList<>();
                  start.await();
                  for (long id = base; id < base + CALLS_PER_THREAD; id++) {
                    final long callId = id;
                    if (callId % 10 == 0) {
                      IOException failure = new IOException("call " + callId);
                      try {
                        hook.call(
                            callId,
                            a -> {
                              spanIdSeenByInvocation.put(a, Span.current().getSpanContext().getSpanId());
                              throw failure;
                            });
                        problems.add("no exception for " + callId);
                      } catch (Throwable thrown) {
                        if (thrown != failure) {
                          problems.add("wrong exception for " + callId + ": " + thrown);
                        }
                      }
                    } else {
                      Long result =
                          hook.call(
                              callId,
                              a -> {
                                spanIdSeenByInvocation.put(
                                    a, Span.current().getSpanContext().getSpanId());
                                return a * 2;
                              });
                      if (result != callId * 2) {
                        problems.add("wrong result for " + callId + ": " + result);
                      }
                    }
                    if (Span.current().getSpanContext().isValid()) {
                      problems.add("span leaked into the thread's context after " + callId);
                    }
                  }
                  return problems;
                }));
      }
      start.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
      for (Future<List<String>> result : results) {
        assertEquals(List.of(), result.get());
      }

      List<SpanData> spans = otel.spans();
      assertEquals(CALLS, spans.size());
      assertEquals(CALLS, counting.endCalls.get(), "each span ended exactly once");
      assertEquals(CALLS, counting.startedSpans.get());
      assertEquals(CALLS, hook.recordRequestCalls.get());
      assertEquals(CALLS, hook.preResponseCalls.get());
      assertEquals(CALLS - CALLS / 10, hook.recordResponseCalls.get());
      assertEquals(CALLS, hook.postResponseCalls.get());

      Set<Long> ids = new HashSet<>();
      Set<String> spanIds = new HashSet<>();
      for (SpanData span : spans) {
        assertTrue(span.hasEnded());
        assertFalse(span.getParentSpanContext().isValid(), "calls do not nest into each other");
        long id = span.getAttributes().get(longKey("acme.request.id"));
        assertTrue(ids.add(id), "one span per call, id " + id);
        assertTrue(spanIds.add(span.getSpanId()));
        assertEquals(span.getSpanId(), spanIdSeenByInvocation.get(id), "current span of call " + id);
        assertEquals(span.getSpanId(), spanIdSeenByPostResponse.get(id), "span of postResponse " + id);
        assertEquals(
            truncated("request-" + id, 8),
            span.getAttributes().get(stringKey("acme.request.text")));
        assertEquals("/things", span.getAttributes().get(stringKey("acme.request.endpoint")));
        if (id % 10 == 0) {
          assertEquals("java.io.IOException", span.getAttributes().get(EndpointHook.ERROR_TYPE));
          assertEquals(String.valueOf(id), span.getAttributes().get(stringKey("acme.error.of")));
          assertEquals(null, span.getAttributes().get(longKey("acme.response.id")));
        } else {
          assertEquals(id * 2, span.getAttributes().get(longKey("acme.response.id")));
          assertEquals(null, span.getAttributes().get(EndpointHook.ERROR_TYPE));
        }
      }
      assertEquals(CALLS, ids.size());
    }
  }

  private static String truncated(String value, int limit) {
    return value.length() <= limit ? value : value.substring(0, limit) + "...";
  }
}
