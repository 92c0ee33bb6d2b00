package dev.tracepoet.benchmarks.endpoint;

/** The checked exception of the error-path benchmarks. */
public final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status the API answered with. */
  public int status() {
    return status;
  }
}
