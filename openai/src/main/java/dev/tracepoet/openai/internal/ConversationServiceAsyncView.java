package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.CONVERSATION_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_CONVERSATION_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.conversations.Conversation;
import com.openai.models.conversations.ConversationCreateParams;
import com.openai.models.conversations.ConversationDeleteParams;
import com.openai.models.conversations.ConversationDeletedResource;
import com.openai.models.conversations.ConversationRetrieveParams;
import com.openai.models.conversations.ConversationUpdateParams;
import com.openai.services.async.ConversationServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ConversationServiceAsync}: one plain span per call; the conversation id is
 * recorded as {@code gen_ai.conversation.id}; {@code items()} deep-wrapped. Never records payloads
 * (texts, file contents, names, metadata).
 */
@TracedClient(
    integration = "openai",
    wraps = ConversationServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ConversationServiceAsyncView extends ConversationServiceAsync {

  @Override
  ConversationServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  ConversationItemServiceAsyncView items();

  @Override
  @TracedEndpoint(
      name = "conversations.create",
      endpoint = "/conversations",
      method = "POST",
      responseTags = RESPONSE_CONVERSATION_ID)
  CompletableFuture<Conversation> create(ConversationCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "conversations.retrieve",
      endpoint = "/conversations/{conversation_id}",
      method = "GET",
      requestTags = CONVERSATION_ID)
  CompletableFuture<Conversation> retrieve(ConversationRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "conversations.update",
      endpoint = "/conversations/{conversation_id}",
      method = "POST",
      requestTags = CONVERSATION_ID)
  CompletableFuture<Conversation> update(ConversationUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "conversations.delete",
      endpoint = "/conversations/{conversation_id}",
      method = "DELETE",
      requestTags = CONVERSATION_ID,
      responseTags = DELETED)
  CompletableFuture<ConversationDeletedResource> delete(ConversationDeleteParams params, RequestOptions requestOptions);
}
