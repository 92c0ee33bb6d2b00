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
import com.openai.services.blocking.realtime.CallService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link CallService}: controls a SIP / WebRTC Realtime call; one plain span per call (the
 * call id).
 */
@TracedClient(
    integration = "openai",
    wraps = CallService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeCallServiceView extends CallService {

  @Override
  RealtimeCallServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.accept",
      endpoint = "/realtime/calls/{call_id}/accept",
      method = "POST",
      requestTags = CALL_ID)
  void accept(CallAcceptParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.hangup",
      endpoint = "/realtime/calls/{call_id}/hangup",
      method = "POST",
      requestTags = CALL_ID)
  void hangup(CallHangupParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.refer",
      endpoint = "/realtime/calls/{call_id}/refer",
      method = "POST",
      requestTags = CALL_ID)
  void refer(CallReferParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.reject",
      endpoint = "/realtime/calls/{call_id}/reject",
      method = "POST",
      requestTags = CALL_ID)
  void reject(CallRejectParams params, RequestOptions requestOptions);
}
