package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.REQUEST_VERSION;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.SKILL_ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.VERSION;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.skills.versions.DeletedSkillVersion;
import com.openai.models.skills.versions.SkillVersion;
import com.openai.models.skills.versions.VersionCreateParams;
import com.openai.models.skills.versions.VersionDeleteParams;
import com.openai.models.skills.versions.VersionListPage;
import com.openai.models.skills.versions.VersionListParams;
import com.openai.models.skills.versions.VersionRetrieveParams;
import com.openai.services.blocking.skills.VersionService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link VersionService}: one plain span per call (ids, versions and counts, never the
 * files); {@code content()} is deep-wrapped.
 */
@TracedClient(
    integration = "openai",
    wraps = VersionService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SkillVersionServiceView extends VersionService {

  @Override
  SkillVersionServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  SkillVersionContentServiceView content();

  @Override
  @TracedEndpoint(
      name = "skills.versions.create",
      endpoint = "/skills/{skill_id}/versions",
      method = "POST",
      requestTags = SKILL_ID,
      responseTags = {ID, VERSION})
  SkillVersion create(VersionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.versions.retrieve",
      endpoint = "/skills/{skill_id}/versions/{version}",
      method = "GET",
      requestTags = {SKILL_ID, REQUEST_VERSION},
      responseTags = {ID, VERSION})
  SkillVersion retrieve(VersionRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.versions.list",
      endpoint = "/skills/{skill_id}/versions",
      method = "GET",
      requestTags = {SKILL_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  VersionListPage list(VersionListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.versions.delete",
      endpoint = "/skills/{skill_id}/versions/{version}",
      method = "DELETE",
      requestTags = {SKILL_ID, REQUEST_VERSION},
      responseTags = {ID, DELETED})
  DeletedSkillVersion delete(VersionDeleteParams params, RequestOptions requestOptions);
}
