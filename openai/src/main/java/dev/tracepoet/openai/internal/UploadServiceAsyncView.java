package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.BYTES;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.MIME_TYPE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.PART_IDS_COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_PURPOSE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.UPLOAD_BYTES;
import static dev.tracepoet.openai.internal.OpenAiTags.UPLOAD_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.uploads.Upload;
import com.openai.models.uploads.UploadCancelParams;
import com.openai.models.uploads.UploadCompleteParams;
import com.openai.models.uploads.UploadCreateParams;
import com.openai.services.async.UploadServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link UploadServiceAsync}: one plain span per call, ids, sizes, status; {@code parts()}
 * deep-wrapped. Never records the file name or bytes.
 */
@TracedClient(
    integration = "openai",
    wraps = UploadServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface UploadServiceAsyncView extends UploadServiceAsync {

  @Override
  UploadServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  UploadPartServiceAsyncView parts();

  @Override
  @TracedEndpoint(
      name = "uploads.create",
      endpoint = "/uploads",
      method = "POST",
      requestTags = {REQUEST_PURPOSE, UPLOAD_BYTES, MIME_TYPE},
      responseTags = {ID, STATUS, BYTES})
  CompletableFuture<Upload> create(UploadCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "uploads.cancel",
      endpoint = "/uploads/{upload_id}/cancel",
      method = "POST",
      requestTags = UPLOAD_ID,
      responseTags = {ID, STATUS})
  CompletableFuture<Upload> cancel(UploadCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "uploads.complete",
      endpoint = "/uploads/{upload_id}/complete",
      method = "POST",
      requestTags = {UPLOAD_ID, PART_IDS_COUNT},
      responseTags = {ID, STATUS, BYTES})
  CompletableFuture<Upload> complete(UploadCompleteParams params, RequestOptions requestOptions);
}
