package dev.tracepoet.it.openai.sdk;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.ModelListPage;
import java.util.Objects;
import java.util.stream.Stream;

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

  /**
   * The SDK's {@code StreamResponse} as a plain {@code Stream}: the SDK reads the server-sent events
   * lazily, and closing the returned stream closes the {@code StreamResponse} (the HTTP body).
   */
  @Override
  public Stream<ChatCompletionChunk> createChatCompletionStream(ChatCompletionCreateParams params) {
    StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params);
    return response.stream().onClose(response::close);
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
