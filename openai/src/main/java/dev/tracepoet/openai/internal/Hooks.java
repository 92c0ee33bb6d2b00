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
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseRetrieveParams;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.StreamedOutput;
import dev.tracepoet.runtime.TracepoetAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Optional;

/** The hooks of the OpenAI inference endpoints (one per params / response pair; sync and async share them). */
public final class Hooks {
  static final AttributeKey<Long> MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
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
      if (params != null && capturesContent(span)) {
        chatContent(this, span, params);
      }
    }

    @Override
    protected void postResponse(Span span, ChatCompletionCreateParams params, ChatCompletion response, Throwable error) {
      super.postResponse(span, params, response, error);
      if (response != null && capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES,
            () -> ChatMessagesMapper.output(genAi(), response, contentFailures()));
      }
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
      if (params != null && capturesContent(span)) {
        chatContent(this, span, params);
      }
    }

    /** The output messages, folded from the chunks delivered (at most {@code maxRetainedElements} of them). */
    @Override
    protected void postStream(
        Span span, ChatCompletionCreateParams params, List<ChatCompletionChunk> chunks, Throwable error) {
      super.postStream(span, params, chunks, error);
      if (!chunks.isEmpty() && capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, () -> {
          StreamedOutput output = StreamedOutput.create(genAi());
          for (ChatCompletionChunk chunk : chunks) {
            ContentParts.contained(contentFailures(), () -> ChatMessagesMapper.chunk(output, chunk));
          }
          return output.isEmpty() ? null : output.toMessages().toJson();
        });
      }
    }
  }

  /** Content of a chat request: the history and the tool definitions. */
  static void chatContent(OpenAiHook<?, ?> hook, Span span, ChatCompletionCreateParams params) {
    hook.content(span, TracepoetAttributes.GEN_AI_INPUT_MESSAGES,
        () -> ChatMessagesMapper.input(hook.genAi(), params, hook.contentFailures()));
    hook.content(span, TracepoetAttributes.GEN_AI_TOOL_DEFINITIONS,
        () -> ToolDefinitions.of(hook.genAi(), params.tools().orElse(null), hook.contentFailures()));
  }

  /** Content of a Responses request: instructions, input items and tool definitions. */
  static void responsesContent(OpenAiHook<?, ?> hook, Span span, ResponseCreateParams params) {
    hook.content(span, TracepoetAttributes.GEN_AI_SYSTEM_INSTRUCTIONS,
        () -> ResponsesMessagesMapper.instructions(hook.genAi(), params));
    hook.content(span, TracepoetAttributes.GEN_AI_INPUT_MESSAGES,
        () -> ResponsesMessagesMapper.input(hook.genAi(), params, hook.contentFailures()));
    hook.content(span, TracepoetAttributes.GEN_AI_TOOL_DEFINITIONS,
        () -> ToolDefinitions.of(hook.genAi(), params.tools().orElse(null), hook.contentFailures()));
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
      if (params != null && capturesContent(span)) {
        responsesContent(this, span, params);
      }
    }

    @Override
    protected String responseModel(Response response) {
      return response == null ? null : modelName(response.model());
    }

    @Override
    protected void postResponse(Span span, ResponseCreateParams params, Response response, Throwable error) {
      super.postResponse(span, params, response, error);
      if (response == null) {
        return;
      }
      responseModelTag(span, responseModel(response));
      finishReasonTag(span, response);
      if (capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES,
            () -> ResponsesMessagesMapper.output(genAi(), response, contentFailures()));
      }
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
      if (params != null && capturesContent(span)) {
        responsesContent(this, span, params);
      }
    }

    /** The model of the response a terminal event ({@code completed}, {@code incomplete}, {@code failed}) carries. */
    @Override
    protected String responseModel(ResponseStreamEvent event) {
      Response response = event == null ? null : ResponsesMessagesMapper.terminal(event);
      return response == null ? null : modelName(response.model());
    }

    /** The finish reason of a terminal event's response (see {@link ResponsesMessagesMapper#finishReason}). */
    @Override
    protected List<String> finishReasons(ResponseStreamEvent event) {
      Response response = ResponsesMessagesMapper.terminal(event);
      String reason = response == null ? null : ResponsesMessagesMapper.finishReason(response);
      return reason == null ? null : List.of(reason);
    }

    @Override
    protected void postResponse(
        Span span, ResponseCreateParams params, ResponseStreamEvent event, Throwable error) {
      super.postResponse(span, params, event, error);
      responseModelTag(span, responseModel(event));
    }

    @Override
    protected String responseErrorType(ResponseStreamEvent event) {
      return failedResponseCode(event);
    }

    @Override
    protected boolean recordUsage(Span span, ResponseCreateParams params, ResponseStreamEvent event) {
      ResponseUsage usage = terminalUsage(event);
      if (usage == null) {
        return false;
      }
      tagUsage(span, model(params), usage.inputTokens(), usage.outputTokens(), usage.totalTokens(),
          usage.inputTokensDetails().cachedTokens(), null, usage.outputTokensDetails().reasoningTokens(), false);
      return true;
    }

    /** The output messages, folded from the events delivered (at most {@code maxRetainedElements} of them). */
    @Override
    protected void postStream(
        Span span, ResponseCreateParams params, List<ResponseStreamEvent> events, Throwable error) {
      super.postStream(span, params, events, error);
      if (!events.isEmpty() && capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, () -> {
          StreamedOutput output = StreamedOutput.create(genAi());
          for (ResponseStreamEvent event : events) {
            ContentParts.contained(contentFailures(), () -> ResponsesMessagesMapper.event(output, event));
          }
          return output.isEmpty() ? null : output.toMessages().toJson();
        });
      }
    }
  }

  /**
   * Responses {@code retrieveStreaming} (a stored response's events, replayed or resumed): a plain
   * span; a stream that ends with {@code response.failed} fails it ({@link #failedResponseCode}).
   */
  public abstract static class ResponseReplayHook extends OpenAiHook<ResponseRetrieveParams, ResponseStreamEvent> {
    protected ResponseReplayHook(Endpoint endpoint) {
      super(endpoint, null);
    }

    @Override
    protected String responseErrorType(ResponseStreamEvent event) {
      return failedResponseCode(event);
    }

    @Override
    protected boolean recordUsage(Span span, ResponseRetrieveParams params, ResponseStreamEvent event) {
      ResponseUsage usage = terminalUsage(event);
      if (usage == null) {
        return false;
      }
      tagUsage(span, null, usage.inputTokens(), usage.outputTokens(), usage.totalTokens(),
          usage.inputTokensDetails().cachedTokens(), null, usage.outputTokensDetails().reasoningTokens(), false);
      return true;
    }
  }

  /** The usage of the response a terminal stream event carries ({@code completed}, {@code incomplete}, {@code failed}), or null. */
  static ResponseUsage terminalUsage(ResponseStreamEvent event) {
    Response response = event == null ? null : ResponsesMessagesMapper.terminal(event);
    return response == null ? null : response.usage().orElse(null);
  }

  /**
   * A Responses stream whose last event is {@code response.failed} ended in error although its HTTP
   * call succeeded: its error code (or {@code failed} without one) as the call's {@code error.type}
   * ({@link dev.tracepoet.runtime.EndpointHook#responseErrorType}: status ERROR, and the type on the
   * span and the duration metric); null for any other last event.
   */
  static String failedResponseCode(ResponseStreamEvent event) {
    if (event == null || !event.isFailed()) {
      return null;
    }
    return event.asFailed().response().error()
        .map(error -> error.code().asString())
        .orElse("failed");
  }

  /**
   * Legacy completions {@code create} and {@code createStreaming} (whose elements are completions
   * too): content from {@link CompletionsMapper}; a stream's finish reasons from every chunk (the
   * {@code create} view reads them by path).
   */
  public abstract static class CompletionHook extends OpenAiHook<CompletionCreateParams, Completion> {
    protected CompletionHook(Endpoint endpoint) {
      super(endpoint, null);
    }

    @Override
    protected void preResponse(Span span, CompletionCreateParams params) {
      super.preResponse(span, params);
      if (params != null && capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_INPUT_MESSAGES, () -> CompletionsMapper.input(genAi(), params));
      }
    }

    @Override
    protected void postResponse(Span span, CompletionCreateParams params, Completion response, Throwable error) {
      super.postResponse(span, params, response, error);
      if (response != null && capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES,
            () -> CompletionsMapper.output(genAi(), response, contentFailures()));
      }
    }

    @Override
    protected List<String> finishReasons(Completion chunk) {
      return CompletionsMapper.finishReasons(chunk);
    }

    /** The output messages, folded from the chunks delivered (at most {@code maxRetainedElements} of them). */
    @Override
    protected void postStream(Span span, CompletionCreateParams params, List<Completion> chunks, Throwable error) {
      super.postResponse(span, params, null, error);
      if (!chunks.isEmpty() && capturesContent(span)) {
        content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, () -> {
          StreamedOutput output = StreamedOutput.create(genAi());
          for (Completion chunk : chunks) {
            ContentParts.contained(contentFailures(), () -> CompletionsMapper.chunk(output, chunk));
          }
          return output.isEmpty() ? null : output.toMessages().toJson();
        });
      }
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

  /** {@code gen_ai.response.finish_reasons} of a response (Responses has none of its own: see {@link ResponsesMessagesMapper#finishReason}). */
  static void finishReasonTag(Span span, Response response) {
    String reason = ResponsesMessagesMapper.finishReason(response);
    if (reason != null && span.isRecording()) {
      span.setAttribute(TracepoetAttributes.GEN_AI_FINISH_REASONS, List.of(reason));
    }
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
