package dev.tracepoet.runtime;

/** Rethrows a delegate's exception unchanged, checked or not. Internal (package-private). */
final class Rethrow {
  private Rethrow() {}

  /**
   * Throws {@code error} as it is. The invocation can only throw what the delegate method declares
   * (or unchecked exceptions), so rethrowing it keeps the wrapper's throws clause truthful. Declared
   * to return so that callers can write {@code throw Rethrow.<RuntimeException>unchanged(error)}.
   */
  @SuppressWarnings("unchecked")
  static <T extends Throwable> RuntimeException unchanged(Throwable error) throws T {
    throw (T) error;
  }
}
