package dev.tracepoet.it.openai.sdk;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.ModelListPage;
import java.util.Objects;

/** {@link OpenAiSdkApi} over the official SDK's client: one line per operation. */
public final class SdkOpenAiApi implements OpenAiSdkApi {
  private final OpenAIClient client;

  public SdkOpenAiApi(OpenAIClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public ChatCompletion createChatCompletion(ChatCompletionCreateParams params) {
    return client.chat().completions().create(params);
  }

  @Override
  public CreateEmbeddingResponse createEmbedding(EmbeddingCreateParams params) {
    return client.embeddings().create(params);
  }

  @Override
  public ModelListPage listModels() {
    return client.models().list();
  }
}
