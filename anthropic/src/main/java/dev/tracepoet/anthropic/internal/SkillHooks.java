package dev.tracepoet.anthropic.internal;

import com.anthropic.models.beta.skills.SkillCreateParams;
import com.anthropic.models.beta.skills.SkillCreateResponse;
import com.anthropic.models.beta.skills.SkillDeleteParams;
import com.anthropic.models.beta.skills.SkillDeleteResponse;
import com.anthropic.models.beta.skills.SkillListPage;
import com.anthropic.models.beta.skills.SkillListPageAsync;
import com.anthropic.models.beta.skills.SkillListParams;
import com.anthropic.models.beta.skills.SkillRetrieveParams;
import com.anthropic.models.beta.skills.SkillRetrieveResponse;
import com.anthropic.models.beta.skills.versions.VersionCreateParams;
import com.anthropic.models.beta.skills.versions.VersionCreateResponse;
import com.anthropic.models.beta.skills.versions.VersionDeleteParams;
import com.anthropic.models.beta.skills.versions.VersionDeleteResponse;
import com.anthropic.models.beta.skills.versions.VersionListPage;
import com.anthropic.models.beta.skills.versions.VersionListPageAsync;
import com.anthropic.models.beta.skills.versions.VersionListParams;
import com.anthropic.models.beta.skills.versions.VersionRetrieveParams;
import com.anthropic.models.beta.skills.versions.VersionRetrieveResponse;
import dev.tracepoet.runtime.Endpoint;

/**
 * The hooks of {@code beta().skills()} and {@code beta().skills().versions()}: errors only (see
 * {@link AnthropicHook}). Their types exist only in SDKs that have skills (2.10.0 here): like the
 * skill views, these classes are loaded only when {@link ClientViews} chose the
 * skills-aware client views.
 */
public final class SkillHooks {
  private SkillHooks() {}

  /** Skills {@code create}. */
  public abstract static class CreateHook extends AnthropicHook<SkillCreateParams, SkillCreateResponse> {
    protected CreateHook(Endpoint e) { super(e); }
  }

  /** Skills {@code retrieve}. */
  public abstract static class RetrieveHook extends AnthropicHook<SkillRetrieveParams, SkillRetrieveResponse> {
    protected RetrieveHook(Endpoint e) { super(e); }
  }

  /** Skills {@code list}. */
  public abstract static class ListHook extends AnthropicHook<SkillListParams, SkillListPage> {
    protected ListHook(Endpoint e) { super(e); }
  }

  /** Skills {@code list}, async. */
  public abstract static class ListAsyncHook extends AnthropicHook<SkillListParams, SkillListPageAsync> {
    protected ListAsyncHook(Endpoint e) { super(e); }
  }

  /** Skills {@code delete}. */
  public abstract static class DeleteHook extends AnthropicHook<SkillDeleteParams, SkillDeleteResponse> {
    protected DeleteHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code create}. */
  public abstract static class VersionCreateHook extends AnthropicHook<VersionCreateParams, VersionCreateResponse> {
    protected VersionCreateHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code retrieve}. */
  public abstract static class VersionRetrieveHook
      extends AnthropicHook<VersionRetrieveParams, VersionRetrieveResponse> {
    protected VersionRetrieveHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code list}. */
  public abstract static class VersionListHook extends AnthropicHook<VersionListParams, VersionListPage> {
    protected VersionListHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code list}, async. */
  public abstract static class VersionListAsyncHook extends AnthropicHook<VersionListParams, VersionListPageAsync> {
    protected VersionListAsyncHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code delete}. */
  public abstract static class VersionDeleteHook extends AnthropicHook<VersionDeleteParams, VersionDeleteResponse> {
    protected VersionDeleteHook(Endpoint e) { super(e); }
  }
}
