package dev.tracepoet.it.openai;

/**
 * The API reported an error in the middle of a streamed response (an {@code error} event instead of
 * the next chunk), after answering with status 200. Unchecked: it surfaces while the caller
 * consumes the {@code Stream}.
 */
public final class StreamErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String code;

  public StreamErrorException(String message, String type, String code) {
    super(message);
    this.type = type;
    this.code = code;
  }

  /** The error type, e.g. {@code server_error}; may be null. */
  public String type() {
    return type;
  }

  /** The error code; may be null. */
  public String code() {
    return code;
  }
}
