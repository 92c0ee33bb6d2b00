package dev.tracepoet.anthropic.internal;

import com.anthropic.models.beta.files.DeletedFile;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileListPage;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.FileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.models.BetaModelInfo;
import com.anthropic.models.beta.models.ModelListPage;
import com.anthropic.models.beta.models.ModelListParams;
import com.anthropic.models.beta.models.ModelRetrieveParams;
import dev.tracepoet.runtime.Endpoint;

/** The hooks of the plain beta endpoints: errors only (see {@link AnthropicHook}). */
public final class BetaHooks {
  private BetaHooks() {}

  /** Beta models {@code retrieve}. */
  public abstract static class ModelRetrieveHook extends AnthropicHook<ModelRetrieveParams, BetaModelInfo> {
    protected ModelRetrieveHook(Endpoint e) { super(e); }
  }

  /** Beta models {@code list}. */
  public abstract static class ModelListHook extends AnthropicHook<ModelListParams, ModelListPage> {
    protected ModelListHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code list}. */
  public abstract static class FileListHook extends AnthropicHook<FileListParams, FileListPage> {
    protected FileListHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code retrieveMetadata}. */
  public abstract static class FileMetadataHook extends AnthropicHook<FileRetrieveMetadataParams, FileMetadata> {
    protected FileMetadataHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code delete}. */
  public abstract static class FileDeleteHook extends AnthropicHook<FileDeleteParams, DeletedFile> {
    protected FileDeleteHook(Endpoint e) { super(e); }
  }
}
