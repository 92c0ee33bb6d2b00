package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.CONVERSATION_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ITEMS_COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.ITEM_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.conversations.Conversation;
import com.openai.models.conversations.items.ConversationItem;
import com.openai.models.conversations.items.ConversationItemList;
import com.openai.models.conversations.items.ItemCreateParams;
import com.openai.models.conversations.items.ItemDeleteParams;
import com.openai.models.conversations.items.ItemListPageAsync;
import com.openai.models.conversations.items.ItemListParams;
import com.openai.models.conversations.items.ItemRetrieveParams;
import com.openai.services.async.conversations.ItemServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ItemServiceAsync} (a conversation's items): one plain span per call with ids and
 * counts, never the items' content.
 */
@TracedClient(
    integration = "openai",
    wraps = ItemServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ConversationItemServiceAsyncView extends ItemServiceAsync {

  @Override
  ConversationItemServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "conversations.items.create",
      endpoint = "/conversations/{conversation_id}/items",
      method = "POST",
      requestTags = {CONVERSATION_ID, ITEMS_COUNT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<ConversationItemList> create(ItemCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "conversations.items.retrieve",
      endpoint = "/conversations/{conversation_id}/items/{item_id}",
      method = "GET",
      requestTags = {CONVERSATION_ID, ITEM_ID})
  CompletableFuture<ConversationItem> retrieve(ItemRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "conversations.items.list",
      endpoint = "/conversations/{conversation_id}/items",
      method = "GET",
      requestTags = {CONVERSATION_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<ItemListPageAsync> list(ItemListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "conversations.items.delete",
      endpoint = "/conversations/{conversation_id}/items/{item_id}",
      method = "DELETE",
      requestTags = {CONVERSATION_ID, ITEM_ID})
  CompletableFuture<Conversation> delete(ItemDeleteParams params, RequestOptions requestOptions);
}
