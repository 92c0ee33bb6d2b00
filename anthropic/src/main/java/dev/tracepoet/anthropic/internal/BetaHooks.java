package dev.tracepoet.anthropic.internal;

import com.anthropic.models.beta.files.DeletedFile;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileDownloadParams;
import com.anthropic.models.beta.files.FileListPageAsync;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.models.beta.files.FileListPage;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.FileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.models.BetaModelInfo;
import com.anthropic.models.beta.models.ModelListPage;
import com.anthropic.models.beta.models.ModelListPageAsync;
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

  /** Beta models {@code list}, async. */
  public abstract static class ModelListAsyncHook extends AnthropicHook<ModelListParams, ModelListPageAsync> {
    protected ModelListAsyncHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code list}, async. */
  public abstract static class FileListAsyncHook extends AnthropicHook<FileListParams, FileListPageAsync> {
    protected FileListAsyncHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code upload}. */
  public abstract static class FileUploadHook extends AnthropicHook<FileUploadParams, FileMetadata> {
    protected FileUploadHook(Endpoint e) { super(e); }
  }

  /** Beta files {@code download}: the SDK's raw response (status and headers read, body unread). */
  public abstract static class FileDownloadHook extends AnthropicHook<FileDownloadParams, HttpResponse> {
    protected FileDownloadHook(Endpoint e) { super(e); }
  }
}
