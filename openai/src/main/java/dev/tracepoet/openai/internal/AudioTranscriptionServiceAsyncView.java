package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.DURATION;
import static dev.tracepoet.openai.internal.OpenAiTags.LANGUAGE;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_FORMAT;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_LANGUAGE;
import static dev.tracepoet.openai.internal.OpenAiTags.TEMPERATURE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateResponse;
import com.openai.models.audio.transcriptions.TranscriptionStreamEvent;
import com.openai.services.async.audio.TranscriptionServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.AsyncStreamResponseAdapter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link TranscriptionServiceAsync}: GenAI {@code generate_content} (v1.41.0 has no
 * transcription operation; {@code openai.request.endpoint} tells it apart). Never records the
 * audio, prompt or text.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = TranscriptionServiceAsync.class,
    adapters = AsyncStreamResponseAdapter.class)
public interface AudioTranscriptionServiceAsyncView extends TranscriptionServiceAsync {

  @Override
  AudioTranscriptionServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/audio/transcriptions",
      method = "POST",
      requestTags = {MODEL, LANGUAGE, RESPONSE_FORMAT, TEMPERATURE},
      responseTags = {RESPONSE_LANGUAGE, DURATION})
  CompletableFuture<TranscriptionCreateResponse> create(TranscriptionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/audio/transcriptions",
      method = "POST",
      requestTags = {MODEL, LANGUAGE, RESPONSE_FORMAT, TEMPERATURE},
      usage = "transcript_text_done.usage")
  AsyncStreamResponse<TranscriptionStreamEvent> createStreaming(TranscriptionCreateParams params, RequestOptions requestOptions);
}
