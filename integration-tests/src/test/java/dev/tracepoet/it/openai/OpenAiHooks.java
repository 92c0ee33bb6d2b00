package dev.tracepoet.it.openai;

import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.EndpointHook;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The custom hooks of {@link OpenAiApi}. A hook must extend {@code EndpointHook<A, R>} with its
 * endpoint's exact argument and response types, so each endpoint (or group of endpoints with the
 * same types) has a small non-generic hook here; what they share lives in {@link Base}:
 *
 * <ul>
 *   <li>{@code openai.organization.name} and {@code openai.user.api_key} (masked) from the
 *       response's {@link ResponseMeta}, or from an {@link OpenAiException}'s when the API answered
 *       with an error status (or from the last chunk of a stream that failed midway); for such
 *       an error also the {@code openai.response.ratelimit.*} numbers, which {@code responseTags}
 *       record on success;
 *   <li>texts that token wiring does not record (suffix, instruction, moderation input, image and
 *       audio prompts, transcripts, function-call arguments), only when content capture is on,
 *       truncated to the character limit.
 * </ul>
 */
public final class OpenAiHooks {
  private OpenAiHooks() {}

  /** What every OpenAI hook records; subclasses add the texts of their endpoint. */
  public abstract static class Base<A, R extends OpenAiResponse> extends EndpointHook<A, R> {
    private final String requestPrefix;
    private final String responsePrefix;
    private final AttributeKey<String> organizationName;
    private final AttributeKey<String> apiKey;
    private final AttributeKey<Long> limitRequests;
    private final AttributeKey<Long> limitTokens;
    private final AttributeKey<Long> remainingRequests;
    private final AttributeKey<Long> remainingTokens;

    protected Base(Endpoint endpoint) {
      super(endpoint);
      String integration = endpoint.tracing().integration();
      this.requestPrefix = integration + ".request.";
      this.responsePrefix = integration + ".response.";
      this.organizationName = AttributeKey.stringKey(integration + ".organization.name");
      this.apiKey = AttributeKey.stringKey(integration + ".user.api_key");
      this.limitRequests = AttributeKey.longKey(responsePrefix + "ratelimit.limit_requests");
      this.limitTokens = AttributeKey.longKey(responsePrefix + "ratelimit.limit_tokens");
      this.remainingRequests = AttributeKey.longKey(responsePrefix + "ratelimit.remaining_requests");
      this.remainingTokens = AttributeKey.longKey(responsePrefix + "ratelimit.remaining_tokens");
    }

    @Override
    protected void preResponse(Span span, A arguments) {
      if (arguments != null && capturesContent(span)) {
        requestContent(span, arguments);
      }
    }

    @Override
    protected void postResponse(Span span, A arguments, R response, Throwable error) {
      if (response != null) {
        // a streamed response that failed midway: its chunks carry the headers, but responseTags
        // (success only) recorded no rate limits
        meta(span, response.meta(), error != null);
        if (capturesContent(span)) {
          responseContent(span, response);
        }
      } else if (error instanceof OpenAiException) {
        meta(span, ((OpenAiException) error).meta(), true);
      }
    }

    private void meta(Span span, ResponseMeta meta, boolean failed) {
      if (meta == null) {
        return;
      }
      tags.string(span, organizationName, meta.organization());
      tags.secret(span, apiKey, meta.apiKey());
      if (failed) {
        // On success the responseTags record these; an error response has no response object.
        number(span, limitRequests, meta.limitRequests());
        number(span, limitTokens, meta.limitTokens());
        number(span, remainingRequests, meta.remainingRequests());
        number(span, remainingTokens, meta.remainingTokens());
      }
    }

    private void number(Span span, AttributeKey<Long> key, OptionalLong value) {
      if (value != null && value.isPresent()) {
        tags.longValue(span, key, value.getAsLong());
      }
    }

    /** Records the request's text content; called only when content capture is on. */
    protected void requestContent(Span span, A arguments) {}

    /** Records the response's text content; called only when content capture is on. */
    protected void responseContent(Span span, R response) {}

    /** Records {@code <integration>.request.<key>}, truncated; {@code null} records nothing. */
    protected final void requestText(Span span, String key, CharSequence text) {
      tags.string(span, AttributeKey.stringKey(requestPrefix + key), text);
    }

    /** Records {@code <integration>.response.<key>}, truncated; {@code null} records nothing. */
    protected final void responseText(Span span, String key, CharSequence text) {
      tags.string(span, AttributeKey.stringKey(responsePrefix + key), text);
    }

    /** Records {@code <integration>.request.<key>.<i>} for each text. */
    protected final void requestTexts(Span span, String key, List<String> texts) {
      if (texts != null) {
        for (int i = 0; i < texts.size(); i++) {
          requestText(span, key + "." + i, texts.get(i));
        }
      }
    }
  }

  // ------------------------------------------------------------------ completions

  /**
   * {@code createCompletion}: the {@code suffix} text (token wiring records the prompt and the
   * completion).
   */
  public abstract static class CompletionHook extends Base<CompletionRequest, Completion> {
    protected CompletionHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, CompletionRequest request) {
      requestText(span, "suffix", request.suffix());
    }
  }

  /**
   * {@code createChatCompletion}: the arguments of function calls the model asked for (token wiring
   * records the message and choice contents).
   */
  public abstract static class ChatCompletionHook
      extends Base<ChatCompletionRequest, ChatCompletion> {
    protected ChatCompletionHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void responseContent(Span span, ChatCompletion response) {
      if (response.choices() != null) {
        for (ChatCompletion.Choice choice : response.choices()) {
          if (choice.message() != null && choice.message().functionCall() != null) {
            responseText(
                span,
                "choices." + choice.index() + ".message.function_call.arguments",
                choice.message().functionCall().arguments());
          }
        }
      }
    }
  }

  /**
   * {@code createChatCompletionStream}: the finish reasons ({@code openai.response.choices.finish_reason},
   * in choice order) and {@code openai.response.choices_count}, collected over all chunks — each
   * choice reports its finish reason in its own last chunk, and with {@code include_usage} the
   * stream's last chunk has no choices at all. A stream closed early or failed records the reasons
   * seen so far. Token wiring records the usage and, with content capture, the streamed text.
   */
  public abstract static class ChatCompletionStreamHook
      extends Base<ChatCompletionRequest, ChatCompletionChunk> {
    private final AttributeKey<List<String>> finishReasons;
    private final AttributeKey<Long> choicesCount;

    protected ChatCompletionStreamHook(Endpoint endpoint) {
      super(endpoint);
      String prefix = endpoint.tracing().integration() + ".response.";
      this.finishReasons = AttributeKey.stringArrayKey(prefix + "choices.finish_reason");
      this.choicesCount = AttributeKey.longKey(prefix + "choices_count");
    }

    @Override
    protected void postStream(
        Span span, ChatCompletionRequest request, List<ChatCompletionChunk> chunks, Throwable error) {
      SortedMap<Integer, String> reasons = new TreeMap<>();
      for (ChatCompletionChunk chunk : chunks) {
        if (chunk.choices() != null) {
          for (ChatCompletionChunk.Choice choice : chunk.choices()) {
            if (choice.finishReason() != null) {
              reasons.put(choice.index(), choice.finishReason());
            } else {
              reasons.putIfAbsent(choice.index(), null);
            }
          }
        }
      }
      if (!reasons.isEmpty()) {
        tags.longValue(span, choicesCount, reasons.size());
        List<String> finished = new ArrayList<>();
        reasons.values().stream().filter(Objects::nonNull).forEach(finished::add);
        if (!finished.isEmpty()) {
          tags.strings(span, finishReasons, finished);
        }
      }
      super.postStream(span, request, chunks, error);
    }
  }

  /** {@code createEdit}: the instruction (token wiring records input and output). */
  public abstract static class EditHook extends Base<EditRequest, Edit> {
    protected EditHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, EditRequest request) {
      requestText(span, "instruction", request.instruction());
    }
  }

  // ------------------------------------------------------------------ embeddings, moderation

  /** {@code createEmbedding} (token wiring records the input). */
  public abstract static class EmbeddingHook extends Base<EmbeddingRequest, EmbeddingList> {
    protected EmbeddingHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /**
   * {@code createModeration}: the input texts. Not token wiring: the API reports no usage for
   * moderations, so wiring a prompt would add estimated usage for a call that costs no tokens.
   */
  public abstract static class ModerationHook extends Base<ModerationRequest, Moderation> {
    protected ModerationHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, ModerationRequest request) {
      requestTexts(span, "input", request.input());
    }
  }

  // ------------------------------------------------------------------ models

  /** {@code listModels}. */
  public abstract static class ModelListHook extends Base<Void, ModelList> {
    protected ModelListHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code retrieveModel}. */
  public abstract static class ModelHook extends Base<String, Model> {
    protected ModelHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code deleteModel} and {@code deleteFile}. */
  public abstract static class DeleteHook extends Base<String, Deleted> {
    protected DeleteHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  // ------------------------------------------------------------------ images

  /** {@code createImage}: the prompt, and the prompts the model revised it into. */
  public abstract static class ImageHook extends Base<ImageRequest, Images> {
    protected ImageHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, ImageRequest request) {
      requestText(span, "prompt", request.prompt());
    }

    @Override
    protected void responseContent(Span span, Images response) {
      revisedPrompts(this, span, response);
    }
  }

  /** {@code createImageEdit}: the prompt. */
  public abstract static class ImageEditHook extends Base<ImageEditRequest, Images> {
    protected ImageEditHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, ImageEditRequest request) {
      requestText(span, "prompt", request.prompt());
    }

    @Override
    protected void responseContent(Span span, Images response) {
      revisedPrompts(this, span, response);
    }
  }

  /** {@code createImageVariation}: no text at all. */
  public abstract static class ImageVariationHook extends Base<ImageVariationRequest, Images> {
    protected ImageVariationHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  private static void revisedPrompts(Base<?, Images> hook, Span span, Images response) {
    if (response.data() != null) {
      for (int i = 0; i < response.data().size(); i++) {
        hook.responseText(span, "data." + i + ".revised_prompt", response.data().get(i).revisedPrompt());
      }
    }
  }

  // ------------------------------------------------------------------ audio

  /** {@code createTranscription}: the prompt and the transcribed text. */
  public abstract static class TranscriptionHook extends Base<TranscriptionRequest, AudioText> {
    protected TranscriptionHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, TranscriptionRequest request) {
      requestText(span, "prompt", request.prompt());
    }

    @Override
    protected void responseContent(Span span, AudioText response) {
      responseText(span, "text", response.text());
    }
  }

  /** {@code createTranslation}: the prompt and the translated text. */
  public abstract static class TranslationHook extends Base<TranslationRequest, AudioText> {
    protected TranslationHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void requestContent(Span span, TranslationRequest request) {
      requestText(span, "prompt", request.prompt());
    }

    @Override
    protected void responseContent(Span span, AudioText response) {
      responseText(span, "text", response.text());
    }
  }

  // ------------------------------------------------------------------ files

  /** {@code listFiles}. */
  public abstract static class FileListHook extends Base<Void, FileList> {
    protected FileListHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code createFile}. */
  public abstract static class FileUploadHook extends Base<FileUploadRequest, OpenAiFile> {
    protected FileUploadHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code retrieveFile}. */
  public abstract static class FileHook extends Base<String, OpenAiFile> {
    protected FileHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code downloadFile}. */
  public abstract static class FileContentHook extends Base<String, FileContent> {
    protected FileContentHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  // ------------------------------------------------------------------ fine-tunes

  /** {@code listFineTunes}. */
  public abstract static class FineTuneListHook extends Base<Void, FineTuneList> {
    protected FineTuneListHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code createFineTune}. */
  public abstract static class FineTuneCreateHook extends Base<FineTuneRequest, FineTune> {
    protected FineTuneCreateHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code retrieveFineTune} and {@code cancelFineTune}. */
  public abstract static class FineTuneHook extends Base<String, FineTune> {
    protected FineTuneHook(Endpoint endpoint) {
      super(endpoint);
    }
  }

  /** {@code listFineTuneEvents}. */
  public abstract static class FineTuneEventsHook extends Base<String, FineTuneEventList> {
    protected FineTuneEventsHook(Endpoint endpoint) {
      super(endpoint);
    }
  }
}
