package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.FINE_TUNING_JOB_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.finetuning.jobs.checkpoints.CheckpointListPage;
import com.openai.models.finetuning.jobs.checkpoints.CheckpointListParams;
import com.openai.services.blocking.finetuning.jobs.CheckpointService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link CheckpointService}: one plain span per list call.
 */
@TracedClient(
    integration = "openai",
    wraps = CheckpointService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningJobCheckpointServiceView extends CheckpointService {

  @Override
  FineTuningJobCheckpointServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.checkpoints.list",
      endpoint = "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
      method = "GET",
      requestTags = {FINE_TUNING_JOB_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CheckpointListPage list(CheckpointListParams params, RequestOptions requestOptions);
}
