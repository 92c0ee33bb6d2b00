package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.LIVE_SESSION_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.live.LiveCreateParams;
import com.openai.models.live.LiveCreateResponse;
import com.openai.services.async.LiveServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link LiveServiceAsync}: {@code create} starts a live session: one plain span (its id,
 * never the transport's secrets); {@code sessions()} is deep-wrapped, {@code sideband()} / {@code
 * forks()} have no HTTP operation. It names SDK types that 4.52.0 lacks: only the {@code Latest}
 * client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = LiveServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface LiveServiceAsyncView extends LiveServiceAsync {

  @Override
  LiveServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  LiveSessionServiceAsyncView sessions();

  @Override
  @TracedEndpoint(
      name = "live.sessions.create",
      endpoint = "/live/sessions",
      method = "POST",
      responseTags = LIVE_SESSION_ID)
  CompletableFuture<LiveCreateResponse> create(LiveCreateParams params, RequestOptions requestOptions);
}
