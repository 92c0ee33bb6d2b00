package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_COMPLETED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_FAILED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_IN_PROGRESS;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_TOTAL;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiTags.MAX_NUM_RESULTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.REWRITE_QUERY;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.USAGE_BYTES;
import static dev.tracepoet.openai.internal.OpenAiTags.VECTOR_STORE_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.vectorstores.VectorStore;
import com.openai.models.vectorstores.VectorStoreCreateParams;
import com.openai.models.vectorstores.VectorStoreDeleteParams;
import com.openai.models.vectorstores.VectorStoreDeleted;
import com.openai.models.vectorstores.VectorStoreListPage;
import com.openai.models.vectorstores.VectorStoreListParams;
import com.openai.models.vectorstores.VectorStoreRetrieveParams;
import com.openai.models.vectorstores.VectorStoreSearchPage;
import com.openai.models.vectorstores.VectorStoreSearchParams;
import com.openai.models.vectorstores.VectorStoreUpdateParams;
import com.openai.services.blocking.VectorStoreService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link VectorStoreService}: one plain span per call, ids, status, file counts; {@code
 * search} records the result count, never the query. Never records payloads (texts, file contents,
 * names, metadata).
 */
@TracedClient(
    integration = "openai",
    wraps = VectorStoreService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface VectorStoreServiceView extends VectorStoreService {

  @Override
  VectorStoreServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  VectorStoreFileServiceView files();

  @Override
  VectorStoreFileBatchServiceView fileBatches();

  @Override
  @TracedEndpoint(
      name = "vector_stores.create",
      endpoint = "/vector_stores",
      method = "POST",
      responseTags = {ID, STATUS, FILE_COUNTS_TOTAL})
  VectorStore create(VectorStoreCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.retrieve",
      endpoint = "/vector_stores/{vector_store_id}",
      method = "GET",
      requestTags = VECTOR_STORE_ID,
      responseTags = {
        ID,
        STATUS,
        USAGE_BYTES,
        FILE_COUNTS_TOTAL,
        FILE_COUNTS_COMPLETED,
        FILE_COUNTS_FAILED,
        FILE_COUNTS_IN_PROGRESS
      })
  VectorStore retrieve(VectorStoreRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.update",
      endpoint = "/vector_stores/{vector_store_id}",
      method = "POST",
      requestTags = VECTOR_STORE_ID,
      responseTags = {ID, STATUS})
  VectorStore update(VectorStoreUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.list",
      endpoint = "/vector_stores",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  VectorStoreListPage list(VectorStoreListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.delete",
      endpoint = "/vector_stores/{vector_store_id}",
      method = "DELETE",
      requestTags = VECTOR_STORE_ID,
      responseTags = {ID, DELETED})
  VectorStoreDeleted delete(VectorStoreDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.search",
      endpoint = "/vector_stores/{vector_store_id}/search",
      method = "POST",
      requestTags = {VECTOR_STORE_ID, MAX_NUM_RESULTS, REWRITE_QUERY},
      responseTags = COUNT)
  VectorStoreSearchPage search(VectorStoreSearchParams params, RequestOptions requestOptions);
}
