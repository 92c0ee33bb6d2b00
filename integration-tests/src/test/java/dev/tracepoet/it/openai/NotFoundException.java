package dev.tracepoet.it.openai;

/** HTTP 404: the model, file or fine-tune does not exist. */
public final class NotFoundException extends OpenAiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message, String type, String param, String code, ResponseMeta meta) {
    super(404, message, type, param, code, meta);
  }
}
