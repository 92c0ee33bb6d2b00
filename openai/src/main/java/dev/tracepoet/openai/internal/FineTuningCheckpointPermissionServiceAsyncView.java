package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.CHECKPOINT;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.PERMISSION_ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.PROJECT_IDS_COUNT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.finetuning.checkpoints.permissions.PermissionCreatePageAsync;
import com.openai.models.finetuning.checkpoints.permissions.PermissionCreateParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionDeleteParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionDeleteResponse;
import com.openai.models.finetuning.checkpoints.permissions.PermissionListPageAsync;
import com.openai.models.finetuning.checkpoints.permissions.PermissionListParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionRetrieveParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionRetrieveResponse;
import com.openai.services.async.finetuning.checkpoints.PermissionServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link PermissionServiceAsync}: who may use a fine-tuned checkpoint; one plain span per
 * call (the checkpoint, ids and counts, never the project ids granted).
 */
@TracedClient(
    integration = "openai",
    wraps = PermissionServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningCheckpointPermissionServiceAsyncView extends PermissionServiceAsync {

  @Override
  FineTuningCheckpointPermissionServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.checkpoints.permissions.create",
      endpoint = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
      method = "POST",
      requestTags = {CHECKPOINT, PROJECT_IDS_COUNT},
      responseTags = COUNT)
  CompletableFuture<PermissionCreatePageAsync> create(PermissionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.checkpoints.permissions.retrieve",
      endpoint = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
      method = "GET",
      requestTags = {CHECKPOINT, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<PermissionRetrieveResponse> retrieve(PermissionRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.checkpoints.permissions.list",
      endpoint = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
      method = "GET",
      requestTags = {CHECKPOINT, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<PermissionListPageAsync> list(PermissionListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.checkpoints.permissions.delete",
      endpoint = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
      method = "DELETE",
      requestTags = {CHECKPOINT, PERMISSION_ID},
      responseTags = {ID, DELETED})
  CompletableFuture<PermissionDeleteResponse> delete(PermissionDeleteParams params, RequestOptions requestOptions);
}
