package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.CALL_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.realtime.calls.CallAcceptParams;
import com.openai.models.realtime.calls.CallHangupParams;
import com.openai.models.realtime.calls.CallReferParams;
import com.openai.models.realtime.calls.CallRejectParams;
import com.openai.services.async.realtime.CallServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link CallServiceAsync}: controls a SIP / WebRTC Realtime call; one plain span per call
 * (the call id).
 */
@TracedClient(
    integration = "openai",
    wraps = CallServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeCallServiceAsyncView extends CallServiceAsync {

  @Override
  RealtimeCallServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.accept",
      endpoint = "/realtime/calls/{call_id}/accept",
      method = "POST",
      requestTags = CALL_ID)
  CompletableFuture<Void> accept(CallAcceptParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.hangup",
      endpoint = "/realtime/calls/{call_id}/hangup",
      method = "POST",
      requestTags = CALL_ID)
  CompletableFuture<Void> hangup(CallHangupParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.refer",
      endpoint = "/realtime/calls/{call_id}/refer",
      method = "POST",
      requestTags = CALL_ID)
  CompletableFuture<Void> refer(CallReferParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.reject",
      endpoint = "/realtime/calls/{call_id}/reject",
      method = "POST",
      requestTags = CALL_ID)
  CompletableFuture<Void> reject(CallRejectParams params, RequestOptions requestOptions);
}
