package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.CHARACTER_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.PROGRESS;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.REMIXED_FROM;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.VARIANT;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.VIDEO_ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.VIDEO_MODEL;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateCharacterParams;
import com.openai.models.videos.VideoCreateCharacterResponse;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoDeleteParams;
import com.openai.models.videos.VideoDeleteResponse;
import com.openai.models.videos.VideoDownloadContentParams;
import com.openai.models.videos.VideoEditParams;
import com.openai.models.videos.VideoExtendParams;
import com.openai.models.videos.VideoGetCharacterParams;
import com.openai.models.videos.VideoGetCharacterResponse;
import com.openai.models.videos.VideoListPageAsync;
import com.openai.models.videos.VideoListParams;
import com.openai.models.videos.VideoRemixParams;
import com.openai.models.videos.VideoRetrieveParams;
import com.openai.services.async.VideoServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link VideoServiceAsync}: one plain span per call (ids, model, status, progress and
 * counts, never the prompt or the video).
 */
@TracedClient(
    integration = "openai",
    wraps = VideoServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface VideoServiceAsyncView extends VideoServiceAsync {

  @Override
  VideoServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "videos.create",
      endpoint = "/videos",
      method = "POST",
      requestTags = MODEL,
      responseTags = {ID, STATUS, VIDEO_MODEL, PROGRESS})
  CompletableFuture<Video> create(VideoCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.retrieve",
      endpoint = "/videos/{video_id}",
      method = "GET",
      requestTags = VIDEO_ID,
      responseTags = {ID, STATUS, VIDEO_MODEL, PROGRESS})
  CompletableFuture<Video> retrieve(VideoRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.list",
      endpoint = "/videos",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<VideoListPageAsync> list(VideoListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.delete",
      endpoint = "/videos/{video_id}",
      method = "DELETE",
      requestTags = VIDEO_ID,
      responseTags = {ID, DELETED})
  CompletableFuture<VideoDeleteResponse> delete(VideoDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.create_character",
      endpoint = "/videos/characters",
      method = "POST",
      responseTags = ID)
  CompletableFuture<VideoCreateCharacterResponse> createCharacter(VideoCreateCharacterParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.download_content",
      endpoint = "/videos/{video_id}/content",
      method = "GET",
      requestTags = {VIDEO_ID, VARIANT},
      responseTags = STATUS_CODE)
  CompletableFuture<HttpResponse> downloadContent(VideoDownloadContentParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.edit",
      endpoint = "/videos/edits",
      method = "POST",
      responseTags = {ID, STATUS, VIDEO_MODEL, PROGRESS})
  CompletableFuture<Video> edit(VideoEditParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.extend",
      endpoint = "/videos/extensions",
      method = "POST",
      responseTags = {ID, STATUS, VIDEO_MODEL, PROGRESS})
  CompletableFuture<Video> extend(VideoExtendParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.get_character",
      endpoint = "/videos/characters/{character_id}",
      method = "GET",
      requestTags = CHARACTER_ID,
      responseTags = ID)
  CompletableFuture<VideoGetCharacterResponse> getCharacter(VideoGetCharacterParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "videos.remix",
      endpoint = "/videos/{video_id}/remix",
      method = "POST",
      requestTags = VIDEO_ID,
      responseTags = {ID, STATUS, VIDEO_MODEL, PROGRESS, REMIXED_FROM})
  CompletableFuture<Video> remix(VideoRemixParams params, RequestOptions requestOptions);
}
