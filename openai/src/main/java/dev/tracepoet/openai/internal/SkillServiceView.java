package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.DEFAULT_VERSION;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.LATEST_VERSION;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.SKILL_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.skills.DeletedSkill;
import com.openai.models.skills.Skill;
import com.openai.models.skills.SkillCreateParams;
import com.openai.models.skills.SkillDeleteParams;
import com.openai.models.skills.SkillListPage;
import com.openai.models.skills.SkillListParams;
import com.openai.models.skills.SkillRetrieveParams;
import com.openai.models.skills.SkillUpdateParams;
import com.openai.services.blocking.SkillService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link SkillService}: one plain span per call (ids, versions and counts, never a skill's
 * files); {@code content()} and {@code versions()} are deep-wrapped.
 */
@TracedClient(
    integration = "openai",
    wraps = SkillService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SkillServiceView extends SkillService {

  @Override
  SkillServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  SkillContentServiceView content();

  @Override
  SkillVersionServiceView versions();

  @Override
  @TracedEndpoint(
      name = "skills.create",
      endpoint = "/skills",
      method = "POST",
      responseTags = {ID, DEFAULT_VERSION, LATEST_VERSION})
  Skill create(SkillCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.retrieve",
      endpoint = "/skills/{skill_id}",
      method = "GET",
      requestTags = SKILL_ID,
      responseTags = {ID, DEFAULT_VERSION, LATEST_VERSION})
  Skill retrieve(SkillRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.update",
      endpoint = "/skills/{skill_id}",
      method = "POST",
      requestTags = SKILL_ID,
      responseTags = {ID, DEFAULT_VERSION, LATEST_VERSION})
  Skill update(SkillUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.list",
      endpoint = "/skills",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  SkillListPage list(SkillListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "skills.delete",
      endpoint = "/skills/{skill_id}",
      method = "DELETE",
      requestTags = SKILL_ID,
      responseTags = {ID, DELETED})
  DeletedSkill delete(SkillDeleteParams params, RequestOptions requestOptions);
}
