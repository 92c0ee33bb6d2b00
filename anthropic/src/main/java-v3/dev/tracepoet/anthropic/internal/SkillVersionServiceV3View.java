package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.FILE_COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.PAGE_HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SKILL_ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SKILL_VERSION;
import static dev.tracepoet.anthropic.internal.AnthropicTags.VERSION_SKILL_ID;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.beta.skills.versions.VersionCreateParams;
import com.anthropic.models.beta.skills.versions.BetaSkillVersion;
import com.anthropic.models.beta.skills.versions.VersionDeleteParams;
import com.anthropic.models.beta.skills.versions.BetaDeletedSkillVersion;
import com.anthropic.models.beta.skills.versions.VersionListPage;
import com.anthropic.models.beta.skills.versions.VersionListParams;
import com.anthropic.models.beta.skills.versions.VersionRetrieveParams;
import com.anthropic.services.blocking.beta.skills.VersionService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The skills' {@link VersionService} of the 3.x SDK ({@code client.beta().skills().versions()},
 * see {@link ClientViews}): the spans of the 2.x {@link SkillVersionServiceView} over 3.x's {@code
 * BetaSkillVersion} (which has no {@code version}: only the id and skill id are recorded from it);
 * 3.x's {@code download} is forwarded untraced.
 */
@TracedClient(integration = "anthropic", wraps = VersionService.class)
public interface SkillVersionServiceV3View extends VersionService {

  @Override
  SkillVersionServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.skills.versions.create",
      endpoint = "/v1/skills/{skill_id}/versions",
      method = "POST",
      requestTags = {SKILL_ID, FILE_COUNT},
      responseTags = {ID, VERSION_SKILL_ID},
      hook = V3Hooks.VersionCreateHook.class)
  BetaSkillVersion create(VersionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.versions.retrieve",
      endpoint = "/v1/skills/{skill_id}/versions/{version}",
      method = "GET",
      requestTags = {SKILL_ID, SKILL_VERSION},
      responseTags = {ID, VERSION_SKILL_ID},
      hook = V3Hooks.VersionRetrieveHook.class)
  BetaSkillVersion retrieve(VersionRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.versions.list",
      endpoint = "/v1/skills/{skill_id}/versions",
      method = "GET",
      requestTags = {SKILL_ID, LIMIT},
      responseTags = {COUNT, PAGE_HAS_MORE},
      hook = V3Hooks.VersionListHook.class)
  VersionListPage list(VersionListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.versions.delete",
      endpoint = "/v1/skills/{skill_id}/versions/{version}",
      method = "DELETE",
      requestTags = {SKILL_ID, SKILL_VERSION},
      responseTags = ID,
      hook = V3Hooks.VersionDeleteHook.class)
  BetaDeletedSkillVersion delete(VersionDeleteParams params, RequestOptions requestOptions);
}
