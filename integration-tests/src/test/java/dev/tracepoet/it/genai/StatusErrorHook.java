package dev.tracepoet.it.genai;

import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.Request;
import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.EndpointHook;

/** A hook whose {@code error.type} is the HTTP status of {@link HttpStatusException}. */
public abstract class StatusErrorHook extends EndpointHook<Request, OpenAiResponse> {
  protected StatusErrorHook(Endpoint endpoint) {
    super(endpoint);
  }

  @Override
  protected String errorType(Throwable error) {
    return error instanceof HttpStatusException ? Integer.toString(((HttpStatusException) error).status) : null;
  }

  /** An HTTP failure with its status. */
  public static final class HttpStatusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    public HttpStatusException(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}
