package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.REWARD;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.finetuning.alpha.graders.GraderRunParams;
import com.openai.models.finetuning.alpha.graders.GraderRunResponse;
import com.openai.models.finetuning.alpha.graders.GraderValidateParams;
import com.openai.models.finetuning.alpha.graders.GraderValidateResponse;
import com.openai.services.async.finetuning.alpha.GraderServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link GraderServiceAsync}: runs or validates a grader; one plain span per call (the
 * reward, never the grader, sample or item).
 */
@TracedClient(
    integration = "openai",
    wraps = GraderServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningAlphaGraderServiceAsyncView extends GraderServiceAsync {

  @Override
  FineTuningAlphaGraderServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.alpha.graders.run",
      endpoint = "/fine_tuning/alpha/graders/run",
      method = "POST",
      responseTags = REWARD)
  CompletableFuture<GraderRunResponse> run(GraderRunParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "fine_tuning.alpha.graders.validate",
      endpoint = "/fine_tuning/alpha/graders/validate",
      method = "POST")
  CompletableFuture<GraderValidateResponse> validate(GraderValidateParams params, RequestOptions requestOptions);
}
