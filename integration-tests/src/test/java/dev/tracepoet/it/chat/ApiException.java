package dev.tracepoet.it.chat;

import java.io.IOException;

/** An HTTP error status returned by the API. */
public final class ApiException extends IOException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiException(int status, String body) {
    super("HTTP " + status + ": " + body);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
