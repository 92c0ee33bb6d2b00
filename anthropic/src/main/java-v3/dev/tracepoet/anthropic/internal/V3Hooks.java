package dev.tracepoet.anthropic.internal;

import com.anthropic.models.beta.files.BetaDeletedFile;
import com.anthropic.models.beta.files.BetaFileMetadata;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.models.beta.skills.BetaDeletedSkill;
import com.anthropic.models.beta.skills.BetaSkill;
import com.anthropic.models.beta.skills.SkillCreateParams;
import com.anthropic.models.beta.skills.SkillDeleteParams;
import com.anthropic.models.beta.skills.SkillListPage;
import com.anthropic.models.beta.skills.SkillListPageAsync;
import com.anthropic.models.beta.skills.SkillListParams;
import com.anthropic.models.beta.skills.SkillRetrieveParams;
import com.anthropic.models.beta.skills.versions.BetaDeletedSkillVersion;
import com.anthropic.models.beta.skills.versions.BetaSkillVersion;
import com.anthropic.models.beta.skills.versions.VersionCreateParams;
import com.anthropic.models.beta.skills.versions.VersionDeleteParams;
import com.anthropic.models.beta.skills.versions.VersionListPage;
import com.anthropic.models.beta.skills.versions.VersionListPageAsync;
import com.anthropic.models.beta.skills.versions.VersionListParams;
import com.anthropic.models.beta.skills.versions.VersionRetrieveParams;
import dev.tracepoet.runtime.Endpoint;

/**
 * The hooks of the 3.x SDK's beta files and skills (see {@link ClientViews}): errors only (see
 * {@link AnthropicHook}), like {@link BetaHooks} and {@link SkillHooks} of 2.x, whose response
 * types 3.x renamed ({@code FileMetadata} to {@code BetaFileMetadata}, the skills' {@code
 * *Response} types to {@code BetaSkill}, {@code BetaSkillVersion} and their deleted forms). Loaded
 * only when the 3.x client views are used.
 */
public final class V3Hooks {
  private V3Hooks() {}

  /** Beta files {@code retrieveMetadata}. */
  public abstract static class FileMetadataHook extends AnthropicHook<FileRetrieveMetadataParams, BetaFileMetadata> {
    protected FileMetadataHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code delete}. */
  public abstract static class FileDeleteHook extends AnthropicHook<FileDeleteParams, BetaDeletedFile> {
    protected FileDeleteHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code upload}. */
  public abstract static class FileUploadHook extends AnthropicHook<FileUploadParams, BetaFileMetadata> {
    protected FileUploadHook(Endpoint e) { super(e); }
  }

  /** Skills {@code create}. */
  public abstract static class CreateHook extends AnthropicHook<SkillCreateParams, BetaSkill> {
    protected CreateHook(Endpoint e) { super(e); }
  }

  /** Skills {@code retrieve}. */
  public abstract static class RetrieveHook extends AnthropicHook<SkillRetrieveParams, BetaSkill> {
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
  public abstract static class DeleteHook extends AnthropicHook<SkillDeleteParams, BetaDeletedSkill> {
    protected DeleteHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code create}. */
  public abstract static class VersionCreateHook extends AnthropicHook<VersionCreateParams, BetaSkillVersion> {
    protected VersionCreateHook(Endpoint e) { super(e); }
  }

  /** Skill versions {@code retrieve}. */
  public abstract static class VersionRetrieveHook extends AnthropicHook<VersionRetrieveParams, BetaSkillVersion> {
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
  public abstract static class VersionDeleteHook extends AnthropicHook<VersionDeleteParams, BetaDeletedSkillVersion> {
    protected VersionDeleteHook(Endpoint e) { super(e); }
  }
}
