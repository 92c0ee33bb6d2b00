package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.EVAL_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.OUTPUT_ITEM_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.RUN_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_TEXT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.evals.runs.outputitems.OutputItemListPageAsync;
import com.openai.models.evals.runs.outputitems.OutputItemListParams;
import com.openai.models.evals.runs.outputitems.OutputItemRetrieveParams;
import com.openai.models.evals.runs.outputitems.OutputItemRetrieveResponse;
import com.openai.services.async.evals.runs.OutputItemServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link OutputItemServiceAsync}: one plain span per call, ids and status (never the sample
 * or grader results).
 */
@TracedClient(
    integration = "openai",
    wraps = OutputItemServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface EvalRunOutputItemServiceAsyncView extends OutputItemServiceAsync {

  @Override
  EvalRunOutputItemServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "evals.runs.output_items.retrieve",
      endpoint = "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
      method = "GET",
      requestTags = {EVAL_ID, RUN_ID, OUTPUT_ITEM_ID},
      responseTags = {ID, STATUS_TEXT})
  CompletableFuture<OutputItemRetrieveResponse> retrieve(OutputItemRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.runs.output_items.list",
      endpoint = "/evals/{eval_id}/runs/{run_id}/output_items",
      method = "GET",
      requestTags = {EVAL_ID, RUN_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<OutputItemListPageAsync> list(OutputItemListParams params, RequestOptions requestOptions);
}
