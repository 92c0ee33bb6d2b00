package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.DURATION;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_FORMAT;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_LANGUAGE;
import static dev.tracepoet.openai.internal.OpenAiTags.TEMPERATURE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.models.audio.translations.TranslationCreateParams;
import com.openai.models.audio.translations.TranslationCreateResponse;
import com.openai.services.async.audio.TranslationServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link TranslationServiceAsync}: GenAI {@code generate_content} (v1.41.0 has no
 * translation operation; {@code openai.request.endpoint} tells it apart). Never records the audio,
 * prompt or text.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = TranslationServiceAsync.class)
public interface AudioTranslationServiceAsyncView extends TranslationServiceAsync {

  @Override
  AudioTranslationServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/audio/translations",
      method = "POST",
      requestTags = {MODEL, RESPONSE_FORMAT, TEMPERATURE},
      responseTags = {RESPONSE_LANGUAGE, DURATION})
  CompletableFuture<TranslationCreateResponse> create(TranslationCreateParams params, RequestOptions requestOptions);
}
