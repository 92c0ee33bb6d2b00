package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.LIVE_SESSION_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.SESSION_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.live.sessions.SessionAcceptParams;
import com.openai.models.live.sessions.SessionDownloadRecordingParams;
import com.openai.models.live.sessions.SessionForkParams;
import com.openai.models.live.sessions.SessionForkResponse;
import com.openai.models.live.sessions.SessionHangupParams;
import com.openai.models.live.sessions.SessionReferParams;
import com.openai.models.live.sessions.SessionRejectParams;
import com.openai.services.async.live.SessionServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link SessionServiceAsync}: controls a live session; one plain span per call (the
 * session id). It names SDK types that 4.52.0 lacks: only the {@code Latest} client views reach it
 * ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = SessionServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface LiveSessionServiceAsyncView extends SessionServiceAsync {

  @Override
  LiveSessionServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "live.sessions.accept",
      endpoint = "/live/sessions/{session_id}/accept",
      method = "POST",
      requestTags = SESSION_ID)
  CompletableFuture<Void> accept(SessionAcceptParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "live.sessions.download_recording",
      endpoint = "/live/sessions/{session_id}/content",
      method = "GET",
      requestTags = SESSION_ID,
      responseTags = STATUS_CODE)
  CompletableFuture<HttpResponse> downloadRecording(SessionDownloadRecordingParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "live.sessions.fork",
      endpoint = "/live/sessions/{session_id}/fork",
      method = "POST",
      requestTags = SESSION_ID,
      responseTags = LIVE_SESSION_ID)
  CompletableFuture<SessionForkResponse> fork(SessionForkParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "live.sessions.hangup",
      endpoint = "/live/sessions/{session_id}/hangup",
      method = "POST",
      requestTags = SESSION_ID)
  CompletableFuture<Void> hangup(SessionHangupParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "live.sessions.refer",
      endpoint = "/live/sessions/{session_id}/refer",
      method = "POST",
      requestTags = SESSION_ID)
  CompletableFuture<Void> refer(SessionReferParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "live.sessions.reject",
      endpoint = "/live/sessions/{session_id}/reject",
      method = "POST",
      requestTags = SESSION_ID)
  CompletableFuture<Void> reject(SessionRejectParams params, RequestOptions requestOptions);
}
