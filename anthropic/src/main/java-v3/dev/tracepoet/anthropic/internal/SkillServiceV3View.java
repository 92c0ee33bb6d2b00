package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.FILE_COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.PAGE_HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LATEST_VERSION_ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SKILL_ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SOURCE_TYPE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SOURCE_FILTER;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.beta.skills.SkillCreateParams;
import com.anthropic.models.beta.skills.BetaSkill;
import com.anthropic.models.beta.skills.SkillDeleteParams;
import com.anthropic.models.beta.skills.BetaDeletedSkill;
import com.anthropic.models.beta.skills.SkillListPage;
import com.anthropic.models.beta.skills.SkillListParams;
import com.anthropic.models.beta.skills.SkillRetrieveParams;
import com.anthropic.services.blocking.beta.SkillService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The beta {@link SkillService} of the 3.x SDK ({@code client.beta().skills()}, see {@link
 * ClientViews}): the spans of the 2.x {@link SkillServiceView} over 3.x's {@code BetaSkill} /
 * {@code BetaDeletedSkill}: the skill id, its source (3.x: the source object's type) and latest
 * version (3.x: {@code latest_version_id}), the list's count; never the display name or the files
 * (only their count); {@code versions()} is deep-wrapped ({@link SkillVersionServiceV3View}).
 */
@TracedClient(integration = "anthropic", wraps = SkillService.class)
public interface SkillServiceV3View extends SkillService {

  @Override
  SkillServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  SkillVersionServiceV3View versions();

  @Override
  @TracedEndpoint(
      name = "beta.skills.create",
      endpoint = "/v1/skills",
      method = "POST",
      requestTags = FILE_COUNT,
      responseTags = {ID, SOURCE_TYPE, LATEST_VERSION_ID},
      hook = V3Hooks.CreateHook.class)
  BetaSkill create(SkillCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.retrieve",
      endpoint = "/v1/skills/{skill_id}",
      method = "GET",
      requestTags = SKILL_ID,
      responseTags = {ID, SOURCE_TYPE, LATEST_VERSION_ID},
      hook = V3Hooks.RetrieveHook.class)
  BetaSkill retrieve(SkillRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.list",
      endpoint = "/v1/skills",
      method = "GET",
      requestTags = {LIMIT, SOURCE_FILTER},
      responseTags = {COUNT, PAGE_HAS_MORE},
      hook = V3Hooks.ListHook.class)
  SkillListPage list(SkillListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.delete",
      endpoint = "/v1/skills/{skill_id}",
      method = "DELETE",
      requestTags = SKILL_ID,
      responseTags = ID,
      hook = V3Hooks.DeleteHook.class)
  BetaDeletedSkill delete(SkillDeleteParams params, RequestOptions requestOptions);
}
