package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.REQUEST_VERSION;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.SKILL_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.skills.versions.content.ContentRetrieveParams;
import com.openai.services.blocking.skills.versions.ContentService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link ContentService}: one skill version's files as a raw download; the span ends when
 * the response headers arrived.
 */
@TracedClient(
    integration = "openai",
    wraps = ContentService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SkillVersionContentServiceView extends ContentService {

  @Override
  SkillVersionContentServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "skills.versions.content.retrieve",
      endpoint = "/skills/{skill_id}/versions/{version}/content",
      method = "GET",
      requestTags = {SKILL_ID, REQUEST_VERSION},
      responseTags = STATUS_CODE)
  HttpResponse retrieve(ContentRetrieveParams params, RequestOptions requestOptions);
}
