package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESULTS_COUNT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.contentprovenancechecks.ContentProvenanceCheck;
import com.openai.models.contentprovenancechecks.ContentProvenanceCheckCreateParams;
import com.openai.services.blocking.ContentProvenanceCheckService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link ContentProvenanceCheckService}: checks a media file's content provenance; one
 * plain span (the check's id, never the file).
 */
@TracedClient(
    integration = "openai",
    wraps = ContentProvenanceCheckService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ContentProvenanceCheckServiceView extends ContentProvenanceCheckService {

  @Override
  ContentProvenanceCheckServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "content_provenance_checks.create",
      endpoint = "/content_provenance_checks",
      method = "POST",
      responseTags = RESULTS_COUNT)
  ContentProvenanceCheck create(ContentProvenanceCheckCreateParams params, RequestOptions requestOptions);
}
