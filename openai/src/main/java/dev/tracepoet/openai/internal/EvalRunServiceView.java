package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.EVAL_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.RESULT_COUNTS_ERRORED;
import static dev.tracepoet.openai.internal.OpenAiTags.RESULT_COUNTS_FAILED;
import static dev.tracepoet.openai.internal.OpenAiTags.RESULT_COUNTS_PASSED;
import static dev.tracepoet.openai.internal.OpenAiTags.RESULT_COUNTS_TOTAL;
import static dev.tracepoet.openai.internal.OpenAiTags.RUN_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_TEXT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.evals.runs.RunCancelParams;
import com.openai.models.evals.runs.RunCancelResponse;
import com.openai.models.evals.runs.RunCreateParams;
import com.openai.models.evals.runs.RunCreateResponse;
import com.openai.models.evals.runs.RunDeleteParams;
import com.openai.models.evals.runs.RunDeleteResponse;
import com.openai.models.evals.runs.RunListPage;
import com.openai.models.evals.runs.RunListParams;
import com.openai.models.evals.runs.RunRetrieveParams;
import com.openai.models.evals.runs.RunRetrieveResponse;
import com.openai.services.blocking.evals.RunService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link RunService}: one plain span per call with the run's id, status, model and result
 * counts; {@code outputItems()} deep-wrapped.
 */
@TracedClient(
    integration = "openai",
    wraps = RunService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface EvalRunServiceView extends RunService {

  @Override
  EvalRunServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  EvalRunOutputItemServiceView outputItems();

  @Override
  @TracedEndpoint(
      name = "evals.runs.create",
      endpoint = "/evals/{eval_id}/runs",
      method = "POST",
      requestTags = EVAL_ID,
      responseTags = {ID, STATUS_TEXT, RESPONSE_MODEL})
  RunCreateResponse create(RunCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.runs.retrieve",
      endpoint = "/evals/{eval_id}/runs/{run_id}",
      method = "GET",
      requestTags = {EVAL_ID, RUN_ID},
      responseTags = {
        ID,
        STATUS_TEXT,
        RESPONSE_MODEL,
        RESULT_COUNTS_TOTAL,
        RESULT_COUNTS_PASSED,
        RESULT_COUNTS_FAILED,
        RESULT_COUNTS_ERRORED
      })
  RunRetrieveResponse retrieve(RunRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.runs.list",
      endpoint = "/evals/{eval_id}/runs",
      method = "GET",
      requestTags = {EVAL_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  RunListPage list(RunListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.runs.delete",
      endpoint = "/evals/{eval_id}/runs/{run_id}",
      method = "DELETE",
      requestTags = {EVAL_ID, RUN_ID},
      responseTags = DELETED)
  RunDeleteResponse delete(RunDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.runs.cancel",
      endpoint = "/evals/{eval_id}/runs/{run_id}",
      method = "POST",
      requestTags = {EVAL_ID, RUN_ID},
      responseTags = {ID, STATUS_TEXT})
  RunCancelResponse cancel(RunCancelParams params, RequestOptions requestOptions);
}
