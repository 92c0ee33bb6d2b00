package dev.tracepoet.benchmarks.variants;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the hand-written and proxy variants do with a failure inside tracing code, like tracepoet's
 * runtime: log it once per stage and cause, never let it reach the caller. Not on the measured path
 * (nothing fails in the benchmarks).
 */
final class Failures {
  private static final System.Logger LOGGER = System.getLogger("dev.tracepoet.benchmarks");
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private Failures() {}

  static void report(String stage, Throwable failure) {
    try {
      Level level = REPORTED.add(stage + '/' + failure.getClass().getName()) ? Level.WARNING : Level.DEBUG;
      if (LOGGER.isLoggable(level)) {
        LOGGER.log(level, "tracing failed in " + stage + "; the call is unaffected", failure);
      }
    } catch (Throwable ignored) {
      // never propagate
    }
  }
}
