package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.StreamResponse;
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
 * multimodal output). {@code createVariation} (deprecated in 4.105.0; javac -Werror) is forwarded
 * untraced. Never records the prompt, image bytes, URLs or base64 data.
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
      requestTags = {
        "model=params.model.as_string",
        "n=params.n",
        "size=params.size.as_string",
        "quality=params.quality.as_string"
      },
      responseTags = {"count=data.size", "output_format=output_format.as_string"},
      usage = "usage")
  ImagesResponse generate(ImageGenerateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/generations",
      method = "POST",
      requestTags = {
        "model=params.model.as_string",
        "n=params.n",
        "size=params.size.as_string",
        "quality=params.quality.as_string"
      })
  StreamResponse<ImageGenStreamEvent> generateStreaming(ImageGenerateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/edits",
      method = "POST",
      requestTags = {
        "model=params.model.as_string",
        "n=params.n",
        "size=params.size.as_string",
        "quality=params.quality.as_string"
      },
      responseTags = {"count=data.size", "output_format=output_format.as_string"},
      usage = "usage")
  ImagesResponse edit(ImageEditParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/images/edits",
      method = "POST",
      requestTags = {
        "model=params.model.as_string",
        "n=params.n",
        "size=params.size.as_string",
        "quality=params.quality.as_string"
      })
  StreamResponse<ImageEditStreamEvent> editStreaming(ImageEditParams params, RequestOptions requestOptions);
}
