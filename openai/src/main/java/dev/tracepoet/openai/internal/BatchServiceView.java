package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.models.batches.Batch;
import com.openai.models.batches.BatchCancelParams;
import com.openai.models.batches.BatchCreateParams;
import com.openai.models.batches.BatchListPage;
import com.openai.models.batches.BatchListParams;
import com.openai.models.batches.BatchRetrieveParams;
import com.openai.services.blocking.BatchService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/** View of {@link BatchService}: one plain span per call with ids, status and request counts. */
@TracedClient(
    integration = "openai",
    wraps = BatchService.class)
public interface BatchServiceView extends BatchService {

  @Override
  BatchServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "batches.create",
      endpoint = "/batches",
      method = "POST",
      requestTags = {
        "batch_endpoint=params.endpoint.as_string",
        "input_file_id=params.input_file_id",
        "completion_window=params.completion_window.as_string"
      },
      responseTags = {"id", "status=status.as_string"})
  Batch create(BatchCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "batches.retrieve",
      endpoint = "/batches/{batch_id}",
      method = "GET",
      requestTags = "batch_id=params.batch_id",
      responseTags = {
        "id",
        "status=status.as_string",
        "request_counts.total",
        "request_counts.completed",
        "request_counts.failed"
      })
  Batch retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "batches.list",
      endpoint = "/batches",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"})
  BatchListPage list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "batches.cancel",
      endpoint = "/batches/{batch_id}/cancel",
      method = "POST",
      requestTags = "batch_id=params.batch_id",
      responseTags = {"id", "status=status.as_string"})
  Batch cancel(BatchCancelParams params, RequestOptions requestOptions);
}
