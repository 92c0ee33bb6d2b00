package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_UPLOAD_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.UPLOAD_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.uploads.parts.PartCreateParams;
import com.openai.models.uploads.parts.UploadPart;
import com.openai.services.blocking.uploads.PartService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link PartService}: one plain span per part added (ids only, never the data).
 */
@TracedClient(
    integration = "openai",
    wraps = PartService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface UploadPartServiceView extends PartService {

  @Override
  UploadPartServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "uploads.parts.create",
      endpoint = "/uploads/{upload_id}/parts",
      method = "POST",
      requestTags = UPLOAD_ID,
      responseTags = {ID, RESPONSE_UPLOAD_ID})
  UploadPart create(PartCreateParams params, RequestOptions requestOptions);
}
