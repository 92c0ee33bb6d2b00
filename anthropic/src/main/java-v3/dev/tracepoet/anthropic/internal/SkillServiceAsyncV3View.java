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
import com.anthropic.models.beta.skills.SkillListPageAsync;
import com.anthropic.models.beta.skills.SkillListParams;
import com.anthropic.models.beta.skills.SkillRetrieveParams;
import com.anthropic.services.async.beta.SkillServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link SkillServiceV3View} (3.x SDK, see {@link ClientViews}); {@code
 * versions()} is deep-wrapped ({@link SkillVersionServiceAsyncV3View}).
 */
@TracedClient(integration = "anthropic", wraps = SkillServiceAsync.class)
public interface SkillServiceAsyncV3View extends SkillServiceAsync {

  @Override
  SkillServiceAsyncV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  SkillVersionServiceAsyncV3View versions();

  @Override
  @TracedEndpoint(
      name = "beta.skills.create",
      endpoint = "/v1/skills",
      method = "POST",
      requestTags = FILE_COUNT,
      responseTags = {ID, SOURCE_TYPE, LATEST_VERSION_ID},
      hook = V3Hooks.CreateHook.class)
  CompletableFuture<BetaSkill> create(SkillCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.retrieve",
      endpoint = "/v1/skills/{skill_id}",
      method = "GET",
      requestTags = SKILL_ID,
      responseTags = {ID, SOURCE_TYPE, LATEST_VERSION_ID},
      hook = V3Hooks.RetrieveHook.class)
  CompletableFuture<BetaSkill> retrieve(SkillRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.list",
      endpoint = "/v1/skills",
      method = "GET",
      requestTags = {LIMIT, SOURCE_FILTER},
      responseTags = {COUNT, PAGE_HAS_MORE},
      hook = V3Hooks.ListAsyncHook.class)
  CompletableFuture<SkillListPageAsync> list(SkillListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.delete",
      endpoint = "/v1/skills/{skill_id}",
      method = "DELETE",
      requestTags = SKILL_ID,
      responseTags = ID,
      hook = V3Hooks.DeleteHook.class)
  CompletableFuture<BetaDeletedSkill> delete(SkillDeleteParams params, RequestOptions requestOptions);
}
