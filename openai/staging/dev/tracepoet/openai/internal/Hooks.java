package dev.tracepoet.openai.internal;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.tracepoet.runtime.Endpoint;

/** The hooks of the OpenAI inference endpoints (one per params / response pair; sync and async share them). */
public final class Hooks {
  private Hooks() {}

  /** Chat completions {@code create}. */
  public abstract static class ChatCompletionHook extends OpenAiHook<ChatCompletionCreateParams, ChatCompletion> {
    protected ChatCompletionHook(Endpoint endpoint) {
      super(endpoint, "chat_completions");
    }
  }

  /** Chat completions {@code createStreaming}: one chunk per element. */
  public abstract static class ChatCompletionChunkHook
      extends OpenAiHook<ChatCompletionCreateParams, ChatCompletionChunk> {
    protected ChatCompletionChunkHook(Endpoint endpoint) {
      super(endpoint, "chat_completions");
    }
  }

  /** Responses {@code create}. */
  public abstract static class ResponseHook extends OpenAiHook<ResponseCreateParams, Response> {
    protected ResponseHook(Endpoint endpoint) {
      super(endpoint, "responses");
    }
  }

  /** Responses {@code createStreaming}: one event per element. */
  public abstract static class ResponseEventHook extends OpenAiHook<ResponseCreateParams, ResponseStreamEvent> {
    protected ResponseEventHook(Endpoint endpoint) {
      super(endpoint, "responses");
    }
  }

  /** Legacy completions {@code create} and {@code createStreaming} (whose elements are completions too). */
  public abstract static class CompletionHook extends OpenAiHook<CompletionCreateParams, Completion> {
    protected CompletionHook(Endpoint endpoint) {
      super(endpoint, null);
    }
  }

  /** Embeddings {@code create}. */
  public abstract static class EmbeddingHook extends OpenAiHook<EmbeddingCreateParams, CreateEmbeddingResponse> {
    protected EmbeddingHook(Endpoint endpoint) {
      super(endpoint, null);
    }
  }
}
