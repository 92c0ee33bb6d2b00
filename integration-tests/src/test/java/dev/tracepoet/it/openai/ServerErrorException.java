package dev.tracepoet.it.openai;

/** HTTP 5xx: the API failed; the request may be retried. */
public final class ServerErrorException extends OpenAiException {
  private static final long serialVersionUID = 1L;

  public ServerErrorException(
      int status, String message, String type, String param, String code, ResponseMeta meta) {
    super(status, message, type, param, code, meta);
  }
}
