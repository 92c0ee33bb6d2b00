package dev.tracepoet.runtime.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports failures inside tracing code through {@link System.Logger}, once per owner and cause.
 *
 * <p>Internal: not part of the public API.
 */
public final class Failures {
  private static final Logger LOGGER = System.getLogger("dev.tracepoet");
  private static final Set<String> GLOBAL = ConcurrentHashMap.newKeySet();

  private final String owner;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /** A reporter for one owner (e.g. one endpoint hook). */
  public Failures(String owner) {
    this.owner = owner;
  }

  /**
   * Logs {@code failure} at WARNING the first time this owner sees this stage and exception class,
   * and at DEBUG afterwards. Never throws.
   */
  public void report(String stage, Throwable failure) {
    try {
      String key = stage + '/' + failure.getClass().getName();
      Level level = reported.add(key) ? Level.WARNING : Level.DEBUG;
      if (LOGGER.isLoggable(level)) {
        LOGGER.log(
            level,
            "tracepoet: tracing failed in " + owner + " (" + stage + "); the call is unaffected",
            failure);
      }
    } catch (Throwable ignored) {
      // A broken logger must not break the caller either.
    }
  }

  /** Logs a process-wide message once per key. */
  public static void warnOnce(String key, String message, Throwable failure) {
    try {
      if (GLOBAL.add(key + '/' + message)) {
        LOGGER.log(Level.WARNING, "tracepoet: " + message, failure);
      }
    } catch (Throwable ignored) {
      // never propagate
    }
  }

  /** How many distinct stage/cause pairs this owner has reported (for tests). */
  public int distinctReported() {
    return reported.size();
  }
}
