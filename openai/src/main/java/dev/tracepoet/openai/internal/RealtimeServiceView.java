package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.blocking.RealtimeService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link RealtimeService}: deep-wraps {@code clientSecrets()} and {@code calls()} (the
 * Realtime API itself is a WebSocket / WebRTC session the SDK does not open).
 */
@TracedClient(
    integration = "openai",
    wraps = RealtimeService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeServiceView extends RealtimeService {

  @Override
  RealtimeServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  RealtimeClientSecretServiceView clientSecrets();

  @Override
  RealtimeCallServiceView calls();
}
