package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.EDIT_COMPLETED_OUTPUT_FORMAT;
import static dev.tracepoet.openai.internal.OpenAiTags.GENERATION_COMPLETED_OUTPUT_FORMAT;
import static dev.tracepoet.openai.internal.OpenAiTags.IMAGE_QUALITY;
import static dev.tracepoet.openai.internal.OpenAiTags.IMAGE_SIZE;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.N;
import static dev.tracepoet.openai.internal.OpenAiTags.OUTPUT_FORMAT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.StreamResponse;
import com.openai.models.images.ImageCreateVariationParams;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageEditStreamEvent;
import com.openai.models.images.ImageGenStreamEvent;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImagesResponse;
import com.openai.services.blocking.ImageService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.StreamResponseAdapter;
import java.util.function.Consumer;

/**
 * View of {@link ImageService}: GenAI {@code generate_content} (the conventions' operation for
 * multimodal output). {@code createVariation} (deprecated in 4.105.0) too. Never records the prompt, image bytes, URLs or base64 data.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = ImageService.class,
    adapters = StreamResponseAdapter.class)
public interface ImageServiceView extends ImageService {

  @Override
  ImageServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/generations",
      method = "POST",
      requestTags = {MODEL, N, IMAGE_SIZE, IMAGE_QUALITY},
      responseTags = {COUNT, OUTPUT_FORMAT},
      usage = "usage")
  ImagesResponse generate(ImageGenerateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/generations",
      method = "POST",
      requestTags = {MODEL, N, IMAGE_SIZE, IMAGE_QUALITY},
      responseTags = GENERATION_COMPLETED_OUTPUT_FORMAT,
      usage = "generation_completed.usage")
  StreamResponse<ImageGenStreamEvent> generateStreaming(ImageGenerateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/edits",
      method = "POST",
      requestTags = {MODEL, N, IMAGE_SIZE, IMAGE_QUALITY},
      responseTags = {COUNT, OUTPUT_FORMAT},
      usage = "usage")
  ImagesResponse edit(ImageEditParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/edits",
      method = "POST",
      requestTags = {MODEL, N, IMAGE_SIZE, IMAGE_QUALITY},
      responseTags = EDIT_COMPLETED_OUTPUT_FORMAT,
      usage = "completed.usage")
  StreamResponse<ImageEditStreamEvent> editStreaming(ImageEditParams params, RequestOptions requestOptions);

  /** Variations of an image (DALL·E 2; deprecated in SDK 4.105.0, still served): like {@code edit}. */
  @Override
  @Deprecated
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/variations",
      method = "POST",
      requestTags = {MODEL, N, IMAGE_SIZE},
      responseTags = COUNT,
      usage = "usage")
  ImagesResponse createVariation(ImageCreateVariationParams params, RequestOptions requestOptions);
}
