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
import com.anthropic.models.beta.messages.batches.BatchCancelParams;
import com.anthropic.models.beta.messages.batches.BatchCreateParams;
import com.anthropic.models.beta.messages.batches.BatchDeleteParams;
import com.anthropic.models.beta.messages.batches.BatchListPage;
import com.anthropic.models.beta.messages.batches.BatchListPageAsync;
import com.anthropic.models.beta.messages.batches.BatchListParams;
import com.anthropic.models.beta.messages.batches.BatchResultsParams;
import com.anthropic.models.beta.messages.batches.BatchRetrieveParams;
import com.anthropic.models.beta.messages.batches.BetaDeletedMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatchIndividualResponse;
import com.anthropic.models.beta.models.BetaModelInfo;
import com.anthropic.models.beta.models.ModelListPage;
import com.anthropic.models.beta.models.ModelListPageAsync;
import com.anthropic.models.beta.models.ModelListParams;
import com.anthropic.models.beta.models.ModelRetrieveParams;
import dev.tracepoet.runtime.Endpoint;

/**
 * The hooks of the plain beta endpoints (models, files, message batches): errors only (see {@link
 * AnthropicHook}).
 */
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

  /** Beta batches {@code create}. */
  public abstract static class BatchCreateHook extends AnthropicHook<BatchCreateParams, BetaMessageBatch> {
    protected BatchCreateHook(Endpoint e) { super(e); }
  }

  /** Beta batches {@code retrieve}. */
  public abstract static class BatchRetrieveHook extends AnthropicHook<BatchRetrieveParams, BetaMessageBatch> {
    protected BatchRetrieveHook(Endpoint e) { super(e); }
  }

  /** Beta batches {@code list}. */
  public abstract static class BatchListHook extends AnthropicHook<BatchListParams, BatchListPage> {
    protected BatchListHook(Endpoint e) { super(e); }
  }

  /** Beta batches {@code list}, async. */
  public abstract static class BatchListAsyncHook extends AnthropicHook<BatchListParams, BatchListPageAsync> {
    protected BatchListAsyncHook(Endpoint e) { super(e); }
  }

  /** Beta batches {@code cancel}. */
  public abstract static class BatchCancelHook extends AnthropicHook<BatchCancelParams, BetaMessageBatch> {
    protected BatchCancelHook(Endpoint e) { super(e); }
  }

  /** Beta batches {@code delete}. */
  public abstract static class BatchDeleteHook extends AnthropicHook<BatchDeleteParams, BetaDeletedMessageBatch> {
    protected BatchDeleteHook(Endpoint e) { super(e); }
  }

  /** Beta batches {@code resultsStreaming} (sync and async): each result line is an element. */
  public abstract static class BatchResultsHook
      extends AnthropicHook<BatchResultsParams, BetaMessageBatchIndividualResponse> {
    protected BatchResultsHook(Endpoint e) { super(e); }
  }
}
