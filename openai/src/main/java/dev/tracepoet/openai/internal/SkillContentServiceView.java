package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.SKILL_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.skills.content.ContentRetrieveParams;
import com.openai.services.blocking.skills.ContentService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link ContentService}: a skill's files as a raw download; the span ends when the
 * response headers arrived.
 */
@TracedClient(
    integration = "openai",
    wraps = ContentService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SkillContentServiceView extends ContentService {

  @Override
  SkillContentServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "skills.content.retrieve",
      endpoint = "/skills/{skill_id}/content",
      method = "GET",
      requestTags = SKILL_ID,
      responseTags = STATUS_CODE)
  HttpResponse retrieve(ContentRetrieveParams params, RequestOptions requestOptions);
}
