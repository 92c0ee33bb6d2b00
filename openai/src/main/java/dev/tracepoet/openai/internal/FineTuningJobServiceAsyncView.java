package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.FINE_TUNED_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.FINE_TUNING_JOB_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.TRAINED_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.TRAINING_FILE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.finetuning.jobs.FineTuningJob;
import com.openai.models.finetuning.jobs.JobCancelParams;
import com.openai.models.finetuning.jobs.JobCreateParams;
import com.openai.models.finetuning.jobs.JobListEventsPageAsync;
import com.openai.models.finetuning.jobs.JobListEventsParams;
import com.openai.models.finetuning.jobs.JobListPageAsync;
import com.openai.models.finetuning.jobs.JobListParams;
import com.openai.models.finetuning.jobs.JobPauseParams;
import com.openai.models.finetuning.jobs.JobResumeParams;
import com.openai.models.finetuning.jobs.JobRetrieveParams;
import com.openai.services.async.finetuning.JobServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link JobServiceAsync}: one plain span per call with the job's id, status, models and
 * trained tokens; {@code checkpoints()} deep-wrapped.
 */
@TracedClient(
    integration = "openai",
    wraps = JobServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningJobServiceAsyncView extends JobServiceAsync {

  @Override
  FineTuningJobServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningJobCheckpointServiceAsyncView checkpoints();

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.create",
      endpoint = "/fine_tuning/jobs",
      method = "POST",
      requestTags = {MODEL, TRAINING_FILE},
      responseTags = {ID, STATUS, RESPONSE_MODEL})
  CompletableFuture<FineTuningJob> create(JobCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.retrieve",
      endpoint = "/fine_tuning/jobs/{fine_tuning_job_id}",
      method = "GET",
      requestTags = FINE_TUNING_JOB_ID,
      responseTags = {
        ID,
        STATUS,
        RESPONSE_MODEL,
        FINE_TUNED_MODEL,
        TRAINED_TOKENS
      })
  CompletableFuture<FineTuningJob> retrieve(JobRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.list",
      endpoint = "/fine_tuning/jobs",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<JobListPageAsync> list(JobListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.cancel",
      endpoint = "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
      method = "POST",
      requestTags = FINE_TUNING_JOB_ID,
      responseTags = {ID, STATUS})
  CompletableFuture<FineTuningJob> cancel(JobCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.list_events",
      endpoint = "/fine_tuning/jobs/{fine_tuning_job_id}/events",
      method = "GET",
      requestTags = {FINE_TUNING_JOB_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<JobListEventsPageAsync> listEvents(JobListEventsParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.pause",
      endpoint = "/fine_tuning/jobs/{fine_tuning_job_id}/pause",
      method = "POST",
      requestTags = FINE_TUNING_JOB_ID,
      responseTags = {ID, STATUS})
  CompletableFuture<FineTuningJob> pause(JobPauseParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.jobs.resume",
      endpoint = "/fine_tuning/jobs/{fine_tuning_job_id}/resume",
      method = "POST",
      requestTags = FINE_TUNING_JOB_ID,
      responseTags = {ID, STATUS})
  CompletableFuture<FineTuningJob> resume(JobResumeParams params, RequestOptions requestOptions);
}
