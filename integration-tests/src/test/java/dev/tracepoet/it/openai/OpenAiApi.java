package dev.tracepoet.it.openai;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * The OpenAI API operations of the reference integration (one span per call), traced by the
 * generated {@code TracedOpenAiApi}.
 *
 * <p>Every endpoint records, besides its own request and response attributes: {@code
 * openai.request.endpoint} / {@code method}; the rate limits the API reported ({@code
 * openai.response.ratelimit.*}, numbers, read from the {@code x-ratelimit-*} headers through {@link
 * ResponseMeta}); and, through its hook ({@link OpenAiHooks}): {@code openai.organization.name},
 * {@code openai.user.api_key} (masked) and, only when content capture is on, texts that token
 * wiring does not cover (truncated). A failed call records the same header attributes when the API
 * answered with an error status.
 *
 * <p>The text-generating endpoints (completions, chat, edits, embeddings) use token wiring: {@code
 * usage} records {@code openai.response.usage.*} as the API reports it, {@code prompt} / {@code
 * completion} count the tokens locally when it reports none ({@code usage.estimated = true}) and,
 * with content capture on, record {@code openai.request.prompt} / {@code openai.response.completion}.
 */
@TracedClient(integration = "openai")
public interface OpenAiApi {

  // ------------------------------------------------------------------ completions

  @TracedEndpoint(
      name = "createCompletion",
      endpoint = "/completions",
      method = "POST",
      requestTags = {
        "model", "prompt_count=prompt.size", "max_tokens", "temperature", "top_p", "n", "stream",
        "logprobs", "echo", "stop", "presence_penalty", "frequency_penalty", "best_of", "logit_bias",
        "user"
      },
      responseTags = {
        "id", "model", "created", "choices_count=choices.size", "choices.finish_reason",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      prompt = "prompt",
      completion = "choices.text",
      usage = "usage",
      hook = OpenAiHooks.CompletionHook.class)
  Completion createCompletion(CompletionRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createChatCompletion",
      endpoint = "/chat/completions",
      method = "POST",
      requestTags = {
        "model", "messages_count=messages.size", "messages.role", "functions_count=functions.size",
        "function_call", "temperature", "top_p", "n", "stream", "stop", "max_tokens",
        "presence_penalty", "frequency_penalty", "logit_bias", "user"
      },
      responseTags = {
        "id", "model", "created", "system_fingerprint", "choices_count=choices.size",
        "choices.finish_reason",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      prompt = "messages.content",
      completion = "choices.message.content",
      usage = "usage",
      hook = OpenAiHooks.ChatCompletionHook.class)
  ChatCompletion createChatCompletion(ChatCompletionRequest request)
      throws IOException, InterruptedException;

  /**
   * The streamed variant of {@code createChatCompletion} ({@code "stream": true}): the chunks as
   * the server sends them. The span ends when the stream is consumed, fails or is closed ({@code
   * tracepoet.cancelled = true}); response tags come from the last chunk. Usage is recorded as
   * reported when the final chunk has it ({@code stream_options.include_usage}), and otherwise
   * counted from the prompt and the streamed text ({@code usage.estimated = true}). The hook adds
   * the finish reasons and the choice count, which are spread over several chunks.
   */
  @TracedEndpoint(
      name = "createChatCompletionStream",
      endpoint = "/chat/completions",
      method = "POST",
      requestTags = {
        "model", "messages_count=messages.size", "messages.role", "functions_count=functions.size",
        "function_call", "temperature", "top_p", "n", "stop", "max_tokens", "presence_penalty",
        "frequency_penalty", "logit_bias", "user", "stream_options.include_usage"
      },
      responseTags = {
        "id", "model", "created", "system_fingerprint",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      prompt = "messages.content",
      completion = "choices.delta.content",
      usage = "usage",
      hook = OpenAiHooks.ChatCompletionStreamHook.class)
  Stream<ChatCompletionChunk> createChatCompletionStream(ChatCompletionRequest request)
      throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createEdit",
      endpoint = "/edits",
      method = "POST",
      requestTags = {"model", "n", "temperature", "top_p"},
      responseTags = {
        "created", "choices_count=choices.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      prompt = "input",
      completion = "choices.text",
      usage = "usage",
      hook = OpenAiHooks.EditHook.class)
  Edit createEdit(EditRequest request) throws IOException, InterruptedException;

  // ------------------------------------------------------------------ embeddings, moderation

  @TracedEndpoint(
      name = "createEmbedding",
      endpoint = "/embeddings",
      method = "POST",
      requestTags = {"model", "input_count=input.size", "encoding_format", "dimensions", "user"},
      responseTags = {
        "model", "embeddings_count=data.size", "embedding_length=data.embedding.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      prompt = "input",
      usage = "usage",
      hook = OpenAiHooks.EmbeddingHook.class)
  EmbeddingList createEmbedding(EmbeddingRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createModeration",
      endpoint = "/moderations",
      method = "POST",
      requestTags = {"model", "input_count=input.size"},
      responseTags = {
        "id", "model", "results_count=results.size", "flagged=result.flagged",
        "categories=result.categories", "category_scores=result.category_scores",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.ModerationHook.class)
  Moderation createModeration(ModerationRequest request) throws IOException, InterruptedException;

  // ------------------------------------------------------------------ models

  @TracedEndpoint(
      name = "listModels",
      endpoint = "/models",
      method = "GET",
      responseTags = {
        "count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.ModelListHook.class)
  ModelList listModels() throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "retrieveModel",
      endpoint = "/models/{model}",
      method = "GET",
      requestTags = {"model"},
      responseTags = {
        "id", "owned_by", "created",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.ModelHook.class)
  Model retrieveModel(String model) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "deleteModel",
      endpoint = "/models/{model}",
      method = "DELETE",
      requestTags = {"model"},
      responseTags = {
        "id", "deleted",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.DeleteHook.class)
  Deleted deleteModel(String model) throws IOException, InterruptedException;

  // ------------------------------------------------------------------ images

  @TracedEndpoint(
      name = "createImage",
      endpoint = "/images/generations",
      method = "POST",
      requestTags = {"model", "n", "quality", "response_format", "size", "style", "user"},
      responseTags = {
        "created", "images_count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.ImageHook.class)
  Images createImage(ImageRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createImageEdit",
      endpoint = "/images/edits",
      method = "POST",
      requestTags = {
        "image=image.file_name", "mask=mask.file_name", "model", "n", "size", "response_format",
        "user"
      },
      responseTags = {
        "created", "images_count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.ImageEditHook.class)
  Images createImageEdit(ImageEditRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createImageVariation",
      endpoint = "/images/variations",
      method = "POST",
      requestTags = {"image=image.file_name", "model", "n", "response_format", "size", "user"},
      responseTags = {
        "created", "images_count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.ImageVariationHook.class)
  Images createImageVariation(ImageVariationRequest request)
      throws IOException, InterruptedException;

  // ------------------------------------------------------------------ audio

  @TracedEndpoint(
      name = "createTranscription",
      endpoint = "/audio/transcriptions",
      method = "POST",
      requestTags = {"file=file.file_name", "model", "language", "response_format", "temperature"},
      responseTags = {
        "language", "duration", "segments_count=segments.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.TranscriptionHook.class)
  AudioText createTranscription(TranscriptionRequest request)
      throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createTranslation",
      endpoint = "/audio/translations",
      method = "POST",
      requestTags = {"file=file.file_name", "model", "response_format", "temperature"},
      responseTags = {
        "language", "duration", "segments_count=segments.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.TranslationHook.class)
  AudioText createTranslation(TranslationRequest request) throws IOException, InterruptedException;

  // ------------------------------------------------------------------ files

  @TracedEndpoint(
      name = "listFiles",
      endpoint = "/files",
      method = "GET",
      responseTags = {
        "count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FileListHook.class)
  FileList listFiles() throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createFile",
      endpoint = "/files",
      method = "POST",
      requestTags = {"file=file.file_name", "purpose"},
      responseTags = {
        "id", "filename", "bytes", "purpose", "status", "created_at",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FileUploadHook.class)
  OpenAiFile createFile(FileUploadRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "retrieveFile",
      endpoint = "/files/{file_id}",
      method = "GET",
      requestTags = {"file_id"},
      responseTags = {
        "id", "filename", "bytes", "purpose", "status", "status_details", "created_at",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FileHook.class)
  OpenAiFile retrieveFile(String fileId) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "deleteFile",
      endpoint = "/files/{file_id}",
      method = "DELETE",
      requestTags = {"file_id"},
      responseTags = {
        "id", "deleted",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.DeleteHook.class)
  Deleted deleteFile(String fileId) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "downloadFile",
      endpoint = "/files/{file_id}/content",
      method = "GET",
      requestTags = {"file_id"},
      responseTags = {
        "bytes=content.length", "content_type",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FileContentHook.class)
  FileContent downloadFile(String fileId) throws IOException, InterruptedException;

  // ------------------------------------------------------------------ fine-tunes

  @TracedEndpoint(
      name = "listFineTunes",
      endpoint = "/fine-tunes",
      method = "GET",
      responseTags = {
        "count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FineTuneListHook.class)
  FineTuneList listFineTunes() throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "createFineTune",
      endpoint = "/fine-tunes",
      method = "POST",
      requestTags = {
        "training_file", "validation_file", "model", "n_epochs", "batch_size",
        "learning_rate_multiplier", "prompt_loss_weight", "compute_classification_metrics",
        "classification_n_classes", "classification_positive_class", "classification_betas",
        "suffix"
      },
      responseTags = {
        "id", "model", "status", "created_at", "updated_at", "fine_tuned_model", "organization_id",
        "hyperparams.n_epochs", "hyperparams.batch_size", "hyperparams.learning_rate_multiplier",
        "hyperparams.prompt_loss_weight", "events_count=events.size",
        "training_files_count=training_files.size", "validation_files_count=validation_files.size",
        "result_files_count=result_files.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FineTuneCreateHook.class)
  FineTune createFineTune(FineTuneRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "retrieveFineTune",
      endpoint = "/fine-tunes/{fine_tune_id}",
      method = "GET",
      requestTags = {"fine_tune_id"},
      responseTags = {
        "id", "model", "status", "created_at", "updated_at", "fine_tuned_model", "organization_id",
        "hyperparams.n_epochs", "hyperparams.batch_size", "hyperparams.learning_rate_multiplier",
        "hyperparams.prompt_loss_weight", "events_count=events.size",
        "training_files_count=training_files.size", "validation_files_count=validation_files.size",
        "result_files_count=result_files.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FineTuneHook.class)
  FineTune retrieveFineTune(String fineTuneId) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "cancelFineTune",
      endpoint = "/fine-tunes/{fine_tune_id}/cancel",
      method = "POST",
      requestTags = {"fine_tune_id"},
      responseTags = {
        "id", "model", "status", "created_at", "updated_at", "fine_tuned_model", "organization_id",
        "hyperparams.n_epochs", "hyperparams.batch_size", "hyperparams.learning_rate_multiplier",
        "hyperparams.prompt_loss_weight", "events_count=events.size",
        "training_files_count=training_files.size", "validation_files_count=validation_files.size",
        "result_files_count=result_files.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FineTuneHook.class)
  FineTune cancelFineTune(String fineTuneId) throws IOException, InterruptedException;

  @TracedEndpoint(
      name = "listFineTuneEvents",
      endpoint = "/fine-tunes/{fine_tune_id}/events",
      method = "GET",
      requestTags = {"fine_tune_id"},
      responseTags = {
        "count=data.size",
        "ratelimit.limit_requests=meta.limit_requests", "ratelimit.limit_tokens=meta.limit_tokens",
        "ratelimit.remaining_requests=meta.remaining_requests",
        "ratelimit.remaining_tokens=meta.remaining_tokens"
      },
      hook = OpenAiHooks.FineTuneEventsHook.class)
  FineTuneEventList listFineTuneEvents(String fineTuneId) throws IOException, InterruptedException;
}
