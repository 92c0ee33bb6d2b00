package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.CALL_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.realtime.calls.CallAcceptParams;
import com.openai.models.realtime.calls.CallCreateParams;
import com.openai.models.realtime.calls.CallHangupParams;
import com.openai.models.realtime.calls.CallReferParams;
import com.openai.models.realtime.calls.CallRejectParams;
import com.openai.services.blocking.realtime.CallService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link CallService}: the 4.105.0 form of {@link RealtimeCallServiceView}, with {@code
 * create} (an SDP offer; its answer is not recorded). It names SDK types that 4.52.0 lacks: only
 * the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = CallService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeCallServiceLatestView extends CallService {

  @Override
  RealtimeCallServiceLatestView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "realtime.calls.create",
      endpoint = "/realtime/calls",
      method = "POST",
      responseTags = STATUS_CODE)
  HttpResponse create(CallCreateParams params, RequestOptions requestOptions);

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
