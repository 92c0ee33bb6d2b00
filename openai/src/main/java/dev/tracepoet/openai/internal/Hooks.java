package dev.tracepoet.openai.internal;

import com.openai.models.ChatModel;
import com.openai.models.ResponsesModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCompletedEvent;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.TracepoetAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Optional;

/** The hooks of the OpenAI inference endpoints (one per params / response pair; sync and async share them). */
public final class Hooks {
  static final AttributeKey<Long> MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
  static final AttributeKey<List<String>> STOP_SEQUENCES = AttributeKey.stringArrayKey("gen_ai.request.stop_sequences");

  private Hooks() {}

  /** Chat completions {@code create}. */
  public abstract static class ChatCompletionHook extends OpenAiHook<ChatCompletionCreateParams, ChatCompletion> {
    protected ChatCompletionHook(Endpoint endpoint) {
      super(endpoint, "chat_completions");
    }

    @Override
    protected void preResponse(Span span, ChatCompletionCreateParams params) {
      super.preResponse(span, params);
      chatRequest(span, params);
    }
  }

  /** Chat completions {@code createStreaming}: one chunk per element. */
  public abstract static class ChatCompletionChunkHook
      extends OpenAiHook<ChatCompletionCreateParams, ChatCompletionChunk> {
    protected ChatCompletionChunkHook(Endpoint endpoint) {
      super(endpoint, "chat_completions");
    }

    @Override
    protected void preResponse(Span span, ChatCompletionCreateParams params) {
      super.preResponse(span, params);
      chatRequest(span, params);
    }
  }

  /**
   * What the chat paths cannot say without path alternatives: the deprecated {@code max_tokens}
   * when {@code max_completion_tokens} is absent, and a list of stop sequences (the path reads the
   * single-string form).
   */
  @SuppressWarnings("deprecation") // maxTokens(): deprecated in the SDK, still sent by users
  static void chatRequest(Span span, ChatCompletionCreateParams params) {
    if (!span.isRecording() || params == null) {
      return;
    }
    if (params.maxCompletionTokens().isEmpty()) {
      params.maxTokens().ifPresent(max -> span.setAttribute(MAX_TOKENS, max));
    }
    params.stop().flatMap(ChatCompletionCreateParams.Stop::strings).ifPresent(stop -> span.setAttribute(STOP_SEQUENCES, stop));
  }

  /** Responses {@code create}: the model is read from the {@code ResponsesModel} union. */
  public abstract static class ResponseHook extends OpenAiHook<ResponseCreateParams, Response> {
    protected ResponseHook(Endpoint endpoint) {
      super(endpoint, "responses");
    }

    @Override
    protected String model(ResponseCreateParams params) {
      return params == null ? null : params.model().map(Hooks::modelName).orElse(null);
    }

    @Override
    protected void preResponse(Span span, ResponseCreateParams params) {
      super.preResponse(span, params);
      requestModel(span, model(params));
    }

    @Override
    protected String responseModel(Response response) {
      return response == null ? null : modelName(response.model());
    }

    @Override
    protected void postResponse(Span span, ResponseCreateParams params, Response response, Throwable error) {
      super.postResponse(span, params, response, error);
      responseModelTag(span, responseModel(response));
    }
  }

  /** Responses {@code createStreaming}: one event per element; the response is in the last ({@code response.completed}). */
  public abstract static class ResponseEventHook extends OpenAiHook<ResponseCreateParams, ResponseStreamEvent> {
    protected ResponseEventHook(Endpoint endpoint) {
      super(endpoint, "responses");
    }

    @Override
    protected String model(ResponseCreateParams params) {
      return params == null ? null : params.model().map(Hooks::modelName).orElse(null);
    }

    @Override
    protected void preResponse(Span span, ResponseCreateParams params) {
      super.preResponse(span, params);
      requestModel(span, model(params));
    }

    @Override
    protected String responseModel(ResponseStreamEvent event) {
      return event == null
          ? null
          : event.completed().map(ResponseCompletedEvent::response).map(r -> modelName(r.model())).orElse(null);
    }

    @Override
    protected void postResponse(
        Span span, ResponseCreateParams params, ResponseStreamEvent event, Throwable error) {
      super.postResponse(span, params, event, error);
      responseModelTag(span, responseModel(event));
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

  /** The model name a {@code ResponsesModel} holds, whichever alternative is set (never {@code asX()}, which throws). */
  static String modelName(ResponsesModel model) {
    if (model == null) {
      return null;
    }
    Optional<String> name =
        model.string()
            .or(() -> model.chat().map(ChatModel::asString))
            .or(() -> model.only().map(ResponsesModel.ResponsesOnlyModel::asString));
    return name.orElse(null);
  }

  static void requestModel(Span span, String model) {
    if (model != null && span.isRecording()) {
      span.setAttribute(TracepoetAttributes.GEN_AI_REQUEST_MODEL, model);
    }
  }

  static void responseModelTag(Span span, String model) {
    if (model != null && span.isRecording()) {
      span.setAttribute(TracepoetAttributes.GEN_AI_RESPONSE_MODEL, model);
    }
  }
}
