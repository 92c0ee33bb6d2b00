package dev.tracepoet.it.openai;

import java.io.IOException;

/**
 * An HTTP error status returned by the API, with its {@code error} object ({@code message}, {@code
 * type}, {@code param}, {@code code}) and the response headers. Subclasses name the statuses a
 * caller typically handles; other statuses (400, 401, 403, ...) are this class.
 */
public class OpenAiException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String param;
  private final String code;
  private final transient ResponseMeta meta;

  public OpenAiException(
      int status, String message, String type, String param, String code, ResponseMeta meta) {
    super("HTTP " + status + (code == null ? "" : " " + code) + ": " + message);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
    this.meta = meta;
  }

  /** The exception class for an HTTP status. */
  public static OpenAiException of(
      int status, String message, String type, String param, String code, ResponseMeta meta) {
    if (status == 404) {
      return new NotFoundException(message, type, param, code, meta);
    }
    if (status == 429) {
      return new RateLimitException(message, type, param, code, meta);
    }
    if (status >= 500) {
      return new ServerErrorException(status, message, type, param, code, meta);
    }
    return new OpenAiException(status, message, type, param, code, meta);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error type, e.g. {@code invalid_request_error}; may be null. */
  public String type() {
    return type;
  }

  /** The request parameter the error is about; may be null. */
  public String param() {
    return param;
  }

  /** The error code, e.g. {@code rate_limit_exceeded}; may be null. */
  public String code() {
    return code;
  }

  /** The response headers (organization, rate limits); null after deserialization. */
  public ResponseMeta meta() {
    return meta;
  }
}
