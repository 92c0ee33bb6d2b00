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

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.evals.EvalCreateParams;
import com.openai.models.evals.EvalCreateResponse;
import com.openai.models.evals.EvalDeleteParams;
import com.openai.models.evals.EvalDeleteResponse;
import com.openai.models.evals.EvalListPage;
import com.openai.models.evals.EvalListParams;
import com.openai.models.evals.EvalRetrieveParams;
import com.openai.models.evals.EvalRetrieveResponse;
import com.openai.models.evals.EvalUpdateParams;
import com.openai.models.evals.EvalUpdateResponse;
import com.openai.services.blocking.EvalService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link EvalService}: one plain span per call, ids only (never the criteria or data
 * source); {@code runs()} deep-wrapped.
 */
@TracedClient(
    integration = "openai",
    wraps = EvalService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface EvalServiceView extends EvalService {

  @Override
  EvalServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  EvalRunServiceView runs();

  @Override
  @TracedEndpoint(
      name = "evals.create",
      endpoint = "/evals",
      method = "POST",
      responseTags = ID)
  EvalCreateResponse create(EvalCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.retrieve",
      endpoint = "/evals/{eval_id}",
      method = "GET",
      requestTags = EVAL_ID,
      responseTags = ID)
  EvalRetrieveResponse retrieve(EvalRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.update",
      endpoint = "/evals/{eval_id}",
      method = "POST",
      requestTags = EVAL_ID,
      responseTags = ID)
  EvalUpdateResponse update(EvalUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.list",
      endpoint = "/evals",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  EvalListPage list(EvalListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "evals.delete",
      endpoint = "/evals/{eval_id}",
      method = "DELETE",
      requestTags = EVAL_ID,
      responseTags = DELETED)
  EvalDeleteResponse delete(EvalDeleteParams params, RequestOptions requestOptions);
}
