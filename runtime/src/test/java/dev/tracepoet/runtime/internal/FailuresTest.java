package dev.tracepoet.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailuresTest {

  // System.getLogger("dev.tracepoet") is backed by this java.util.logging logger by default.
  private final Logger jul = Logger.getLogger("dev.tracepoet");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;
  private boolean previousUseParentHandlers;

  @BeforeEach
  void capture() {
    previousLevel = jul.getLevel();
    previousUseParentHandlers = jul.getUseParentHandlers();
    jul.setLevel(Level.ALL);
    jul.setUseParentHandlers(false);
    jul.addHandler(handler);
  }

  @AfterEach
  void release() {
    jul.removeHandler(handler);
    jul.setLevel(previousLevel);
    jul.setUseParentHandlers(previousUseParentHandlers);
  }

  private List<LogRecord> at(Level level, String text) {
    return records.stream()
        .filter(r -> r.getLevel().equals(level) && r.getMessage().contains(text))
        .collect(Collectors.toList());
  }

  @Test
  void sameStageAndCauseCountsOnce() {
    Failures failures = new Failures("owner-same");
    failures.report("recordRequest", new IllegalStateException("one"));
    failures.report("recordRequest", new IllegalStateException("two"));
    assertEquals(1, failures.distinctReported());
  }

  @Test
  void anotherExceptionClassCountsSeparately() {
    Failures failures = new Failures("owner-class");
    failures.report("recordRequest", new IllegalStateException());
    failures.report("recordRequest", new IllegalArgumentException());
    failures.report("recordRequest", new IllegalStateException());
    assertEquals(2, failures.distinctReported());
  }

  @Test
  void anotherStageCountsSeparately() {
    Failures failures = new Failures("owner-stage");
    failures.report("recordRequest", new IllegalStateException());
    failures.report("postResponse", new IllegalStateException());
    assertEquals(2, failures.distinctReported());
  }

  @Test
  void ownersAreIndependent() {
    Failures a = new Failures("owner-a");
    Failures b = new Failures("owner-b");
    a.report("start", new IllegalStateException());
    assertEquals(1, a.distinctReported());
    assertEquals(0, b.distinctReported());
    b.report("start", new IllegalStateException());
    assertEquals(1, b.distinctReported());
  }

  @Test
  void firstReportIsAWarningLaterOnesAreDebug() {
    Failures failures = new Failures("owner-levels");
    IllegalStateException first = new IllegalStateException("first");
    failures.report("preResponse", first);
    failures.report("preResponse", new IllegalStateException("second"));
    failures.report("preResponse", new IllegalStateException("third"));

    List<LogRecord> warnings = at(Level.WARNING, "owner-levels");
    assertEquals(1, warnings.size());
    assertEquals(first, warnings.get(0).getThrown());
    String message = warnings.get(0).getMessage();
    assertEquals(
        "tracepoet: tracing failed in owner-levels (preResponse); the call is unaffected",
        message);
    assertEquals(2, at(Level.FINE, "owner-levels").size());
  }

  @Test
  void neverThrows() {
    Failures failures = new Failures("owner-null");
    assertDoesNotThrow(() -> failures.report("stage", null));
    assertDoesNotThrow(() -> failures.report(null, new RuntimeException()));
    assertDoesNotThrow(() -> Failures.warnOnce("k", "m", null));
  }

  @Test
  void aBrokenLoggerDoesNotEscape() {
    Handler broken =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            throw new IllegalStateException("broken handler");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    jul.addHandler(broken);
    try {
      Failures failures = new Failures("owner-broken-logger");
      assertDoesNotThrow(() -> failures.report("stage", new RuntimeException()));
      assertDoesNotThrow(() -> Failures.warnOnce("broken", "logger", null));
    } finally {
      jul.removeHandler(broken);
    }
  }

  @Test
  void warnOnceLogsOncePerKeyAndMessage() {
    Failures.warnOnce("test-key", "message one of FailuresTest", null);
    Failures.warnOnce("test-key", "message one of FailuresTest", null);
    Failures.warnOnce("test-key", "message two of FailuresTest", null);
    assertEquals(1, at(Level.WARNING, "message one of FailuresTest").size());
    assertEquals(1, at(Level.WARNING, "message two of FailuresTest").size());
  }

  @Test
  void concurrentReportsOfOneCauseWarnOnce() throws InterruptedException {
    Failures failures = new Failures("owner-concurrent");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 400; i++) {
      pool.execute(() -> failures.report("stage", new IllegalStateException()));
    }
    pool.shutdown();
    assertEquals(true, pool.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(1, failures.distinctReported());
    assertEquals(1, at(Level.WARNING, "owner-concurrent").size());
    assertEquals(399, at(Level.FINE, "owner-concurrent").size());
  }
}
