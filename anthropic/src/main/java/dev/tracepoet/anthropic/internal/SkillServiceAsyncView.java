package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.FILE_COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LATEST_VERSION;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SKILL_ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SOURCE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SOURCE_FILTER;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.beta.skills.SkillCreateParams;
import com.anthropic.models.beta.skills.SkillCreateResponse;
import com.anthropic.models.beta.skills.SkillDeleteParams;
import com.anthropic.models.beta.skills.SkillDeleteResponse;
import com.anthropic.models.beta.skills.SkillListPageAsync;
import com.anthropic.models.beta.skills.SkillListParams;
import com.anthropic.models.beta.skills.SkillRetrieveParams;
import com.anthropic.models.beta.skills.SkillRetrieveResponse;
import com.anthropic.services.async.beta.SkillServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of the beta {@link SkillServiceAsync} ({@code client.async().beta().skills()}, SDKs that
 * have skills only: see {@link ClientViews}): the spans of {@link SkillServiceView}, each ended
 * when its future completes; {@code versions()} is deep-wrapped ({@link
 * SkillVersionServiceAsyncView}).
 */
@TracedClient(integration = "anthropic", wraps = SkillServiceAsync.class)
public interface SkillServiceAsyncView extends SkillServiceAsync {

  @Override
  SkillServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  SkillVersionServiceAsyncView versions();

  @Override
  @TracedEndpoint(
      name = "beta.skills.create",
      endpoint = "/v1/skills",
      method = "POST",
      requestTags = FILE_COUNT,
      responseTags = {ID, SOURCE, LATEST_VERSION},
      hook = SkillHooks.CreateHook.class)
  CompletableFuture<SkillCreateResponse> create(SkillCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.retrieve",
      endpoint = "/v1/skills/{skill_id}",
      method = "GET",
      requestTags = SKILL_ID,
      responseTags = {ID, SOURCE, LATEST_VERSION},
      hook = SkillHooks.RetrieveHook.class)
  CompletableFuture<SkillRetrieveResponse> retrieve(SkillRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.list",
      endpoint = "/v1/skills",
      method = "GET",
      requestTags = {LIMIT, SOURCE_FILTER},
      responseTags = {COUNT, HAS_MORE},
      hook = SkillHooks.ListAsyncHook.class)
  CompletableFuture<SkillListPageAsync> list(SkillListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.skills.delete",
      endpoint = "/v1/skills/{skill_id}",
      method = "DELETE",
      requestTags = SKILL_ID,
      responseTags = ID,
      hook = SkillHooks.DeleteHook.class)
  CompletableFuture<SkillDeleteResponse> delete(SkillDeleteParams params, RequestOptions requestOptions);
}
