package dev.tracepoet.openai.snapshots;

import static dev.tracepoet.openai.snapshots.Operation.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.core.ObjectMappers;
import com.openai.models.audio.AudioModel;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.models.audio.speech.SpeechModel;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.translations.TranslationCreateParams;
import com.openai.models.batches.BatchCreateParams;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.containers.ContainerCreateParams;
import com.openai.models.conversations.ConversationCreateParams;
import com.openai.models.conversations.ConversationUpdateParams;
import com.openai.models.conversations.items.ItemCreateParams;
import com.openai.models.conversations.items.ItemDeleteParams;
import com.openai.models.conversations.items.ItemRetrieveParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.evals.EvalCreateParams;
import com.openai.models.evals.EvalUpdateParams;
import com.openai.models.evals.runs.RunCancelParams;
import com.openai.models.evals.runs.RunCreateParams;
import com.openai.models.evals.runs.RunDeleteParams;
import com.openai.models.evals.runs.RunRetrieveParams;
import com.openai.models.evals.runs.outputitems.OutputItemListParams;
import com.openai.models.evals.runs.outputitems.OutputItemRetrieveParams;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FilePurpose;
import com.openai.models.finetuning.jobs.JobCreateParams;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.uploads.UploadCompleteParams;
import com.openai.models.uploads.UploadCreateParams;
import com.openai.models.uploads.parts.PartCreateParams;
import com.openai.models.vectorstores.VectorStoreCreateParams;
import com.openai.models.vectorstores.VectorStoreSearchParams;
import com.openai.models.vectorstores.VectorStoreUpdateParams;
import com.openai.models.vectorstores.filebatches.FileBatchCreateParams;
import com.openai.models.vectorstores.filebatches.FileBatchListFilesParams;
import com.openai.models.vectorstores.filebatches.FileBatchRetrieveParams;
import com.openai.models.vectorstores.files.FileContentParams;
import com.openai.models.vectorstores.files.FileDeleteParams;
import com.openai.models.vectorstores.files.FileRetrieveParams;
import com.openai.models.vectorstores.files.FileUpdateParams;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Every operation tracepoet-openai traces, with recorded-style parameters for the fixture server. */
final class Operations {
  private static final byte[] AUDIO = "RIFF-fixture-wav".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final String VS = "vs_68f1c2a9b3d4e5f6";
  private static final String FILE = "file-3Hk9PqLm2Zx7Yt";
  private static final String CONV = "conv_68d3a1b2c3e4f5a6";
  private static final String CNTR = "cntr_68e4b2c3d4e5f6a7";
  private static final String EVAL = "eval_68f5c3d4e5f6a7b8";
  private static final String RUN = "evalrun_68f5c3d4e5f6";
  private static final String JOB = "ftjob-Q3kX9mPz7LwN2v";

  private Operations() {}

  /** A params object parsed from the JSON body the API documents (for the deeply nested ones). */
  private static <B> B body(Class<B> type, String json) {
    try {
      return ObjectMappers.jsonMapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Supplier<Object> id(Function<String, Object> build, String id) {
    return () -> build.apply(id);
  }

  /** The core operations, then {@link MoreOperations#ALL} and {@link LatestOperations#ALL}. */
  static final List<Operation> ALL = java.util.stream.Stream.concat(
      List.of(
          of("chat.completions.create", "chat.completions", "create", () -> ChatCompletionCreateParams.builder()
                  .model("gpt-4o-mini").addSystemMessage("You explain tracing.").addUserMessage("What is a span?")
                  .temperature(0.2).maxCompletionTokens(64L).build())
              .streaming("createStreaming"),
          of("responses.create", "responses", "create", () -> ResponseCreateParams.builder()
                  .model("gpt-4.1-mini").input("What is a span?").build())
              .streaming("createStreaming"),
          of("responses.retrieve", "responses", "retrieve",
              id(x -> com.openai.models.responses.ResponseRetrieveParams.builder().responseId(x).build(), "resp_68a1f0c2d4e6b8a0"))
              .streaming("retrieveStreaming"),
          of("completions.create", "completions", "create", () -> CompletionCreateParams.builder()
              .model("gpt-3.5-turbo-instruct").prompt("Define a trace.").maxTokens(16L).build())
              .streaming("createStreaming"),
          of("embeddings.create", "embeddings", "create", () -> EmbeddingCreateParams.builder()
              .model("text-embedding-3-small").input("span").build()),
          of("models.retrieve", "models", "retrieve",
              id(x -> com.openai.models.models.ModelRetrieveParams.builder().model(x).build(), "gpt-4o-mini")),
          of("models.list", "models", "list", () -> com.openai.models.models.ModelListParams.none()),
          of("models.delete", "models", "delete",
              id(x -> com.openai.models.models.ModelDeleteParams.builder().model(x).build(), "ft:gpt-4o-mini-2024-07-18:acme::B2xYz9Qa")),
          of("moderations.create", "moderations", "create", () -> ModerationCreateParams.builder().input("a fight scene").build()),
          of("images.generate", "images", "generate", () -> ImageGenerateParams.builder()
                  .model("gpt-image-1").prompt("a span tree").n(1L).size(ImageGenerateParams.Size._1024X1024).build())
              .streaming("generateStreaming"),
          of("images.edit", "images", "edit", () -> ImageEditParams.builder()
              .model("gpt-image-1").image(PNG).prompt("add a root span").build())
              .streaming("editStreaming"),
          of("files.create", "files", "create", () -> FileCreateParams.builder()
              .file("{\"custom_id\":\"r1\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).purpose(FilePurpose.BATCH).build()),
          of("files.retrieve", "files", "retrieve", id(x -> com.openai.models.files.FileRetrieveParams.builder().fileId(x).build(), FILE)),
          of("files.list", "files", "list", () -> com.openai.models.files.FileListParams.builder().limit(20L).build()),
          of("files.delete", "files", "delete", id(x -> com.openai.models.files.FileDeleteParams.builder().fileId(x).build(), FILE)),
          of("files.content", "files", "content", id(x -> com.openai.models.files.FileContentParams.builder().fileId(x).build(), FILE)),
          of("batches.create", "batches", "create", () -> BatchCreateParams.builder().inputFileId(FILE)
              .endpoint(BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS).completionWindow(BatchCreateParams.CompletionWindow._24H).build()),
          of("batches.retrieve", "batches", "retrieve",
              id(x -> com.openai.models.batches.BatchRetrieveParams.builder().batchId(x).build(), "batch_69b2e1d3f5a7c9e1")),
          of("batches.list", "batches", "list", () -> com.openai.models.batches.BatchListParams.builder().limit(10L).build()),
          of("batches.cancel", "batches", "cancel",
              id(x -> com.openai.models.batches.BatchCancelParams.builder().batchId(x).build(), "batch_69b2e1d3f5a7c9e1")),
          of("audio.transcriptions.create", "audio.transcriptions", "create", () -> TranscriptionCreateParams.builder()
                  .file(AUDIO).model(AudioModel.WHISPER_1).language("en")
                  .responseFormat(com.openai.models.audio.AudioResponseFormat.VERBOSE_JSON).build())
              .streaming("createStreaming"),
          of("audio.translations.create", "audio.translations", "create", () -> TranslationCreateParams.builder()
              .file(AUDIO).model(AudioModel.WHISPER_1).responseFormat(TranslationCreateParams.ResponseFormat.VERBOSE_JSON).build()),
          of("audio.speech.create", "audio.speech", "create", () -> SpeechCreateParams.builder()
              .model(SpeechModel.GPT_4O_MINI_TTS).input("Your trace is ready.").voice(SpeechCreateParams.Voice.UnionMember1.ALLOY)
              .responseFormat(SpeechCreateParams.ResponseFormat.MP3).speed(1.25).build()),
          of("vector_stores.create", "vectorStores", "create", () -> VectorStoreCreateParams.builder()
              .name("support-articles").addFileId(FILE).build()),
          of("vector_stores.retrieve", "vectorStores", "retrieve",
              id(x -> com.openai.models.vectorstores.VectorStoreRetrieveParams.builder().vectorStoreId(x).build(), VS)),
          of("vector_stores.update", "vectorStores", "update",
              () -> VectorStoreUpdateParams.builder().vectorStoreId(VS).name("support-articles-v2").build()),
          of("vector_stores.list", "vectorStores", "list",
              () -> com.openai.models.vectorstores.VectorStoreListParams.builder().limit(2L).build()),
          of("vector_stores.delete", "vectorStores", "delete",
              id(x -> com.openai.models.vectorstores.VectorStoreDeleteParams.builder().vectorStoreId(x).build(), VS)),
          of("vector_stores.search", "vectorStores", "search", () -> VectorStoreSearchParams.builder()
              .vectorStoreId(VS).query("refund window").maxNumResults(5L).rewriteQuery(true).build()),
          of("vector_stores.files.create", "vectorStores.files", "create",
              () -> com.openai.models.vectorstores.files.FileCreateParams.builder().vectorStoreId(VS).fileId(FILE).build()),
          of("vector_stores.files.retrieve", "vectorStores.files", "retrieve",
              () -> FileRetrieveParams.builder().vectorStoreId(VS).fileId(FILE).build()),
          of("vector_stores.files.update", "vectorStores.files", "update", () -> FileUpdateParams.builder()
              .vectorStoreId(VS).fileId(FILE).attributes(FileUpdateParams.Attributes.builder().build()).build()),
          of("vector_stores.files.list", "vectorStores.files", "list",
              () -> com.openai.models.vectorstores.files.FileListParams.builder().vectorStoreId(VS).limit(20L).build()),
          of("vector_stores.files.delete", "vectorStores.files", "delete",
              () -> FileDeleteParams.builder().vectorStoreId(VS).fileId(FILE).build()),
          of("vector_stores.files.content", "vectorStores.files", "content",
              () -> FileContentParams.builder().vectorStoreId(VS).fileId(FILE).build()),
          of("vector_stores.file_batches.create", "vectorStores.fileBatches", "create",
              () -> FileBatchCreateParams.builder().vectorStoreId(VS).fileIds(List.of(FILE, "file-8Wn4RtYu6Io1Pa")).build()),
          of("vector_stores.file_batches.retrieve", "vectorStores.fileBatches", "retrieve",
              () -> FileBatchRetrieveParams.builder().vectorStoreId(VS).batchId("vsfb_6a1b2c3d4e5f").build()),
          of("vector_stores.file_batches.cancel", "vectorStores.fileBatches", "cancel",
              () -> com.openai.models.vectorstores.filebatches.FileBatchCancelParams.builder().vectorStoreId(VS).batchId("vsfb_6a1b2c3d4e5f").build()),
          of("vector_stores.file_batches.list_files", "vectorStores.fileBatches", "listFiles",
              () -> FileBatchListFilesParams.builder().vectorStoreId(VS).batchId("vsfb_6a1b2c3d4e5f").limit(20L).build()),
          of("uploads.create", "uploads", "create", () -> UploadCreateParams.builder()
              .bytes(2147483L).filename("training.jsonl").mimeType("text/jsonl").purpose(FilePurpose.FINE_TUNE).build()),
          of("uploads.cancel", "uploads", "cancel",
              id(x -> com.openai.models.uploads.UploadCancelParams.builder().uploadId(x).build(), "upload_6b7c8d9e0f1a")),
          of("uploads.complete", "uploads", "complete", () -> UploadCompleteParams.builder()
              .uploadId("upload_6b7c8d9e0f1a").partIds(List.of("part_7c8d9e0f1a2b", "part_7c8d9e0f1a2c")).build()),
          of("uploads.parts.create", "uploads.parts", "create",
              () -> PartCreateParams.builder().uploadId("upload_6b7c8d9e0f1a").data(PNG).build()),
          of("fine_tuning.jobs.create", "fineTuning.jobs", "create", () -> JobCreateParams.builder()
              .model(JobCreateParams.Model.GPT_4O_MINI).trainingFile(FILE).build()),
          of("fine_tuning.jobs.retrieve", "fineTuning.jobs", "retrieve",
              id(x -> com.openai.models.finetuning.jobs.JobRetrieveParams.builder().fineTuningJobId(x).build(), JOB)),
          of("fine_tuning.jobs.list", "fineTuning.jobs", "list",
              () -> com.openai.models.finetuning.jobs.JobListParams.builder().limit(1L).build()),
          of("fine_tuning.jobs.cancel", "fineTuning.jobs", "cancel",
              id(x -> com.openai.models.finetuning.jobs.JobCancelParams.builder().fineTuningJobId(x).build(), JOB)),
          of("fine_tuning.jobs.list_events", "fineTuning.jobs", "listEvents",
              () -> com.openai.models.finetuning.jobs.JobListEventsParams.builder().fineTuningJobId(JOB).limit(2L).build()),
          of("fine_tuning.jobs.pause", "fineTuning.jobs", "pause",
              id(x -> com.openai.models.finetuning.jobs.JobPauseParams.builder().fineTuningJobId(x).build(), JOB)),
          of("fine_tuning.jobs.resume", "fineTuning.jobs", "resume",
              id(x -> com.openai.models.finetuning.jobs.JobResumeParams.builder().fineTuningJobId(x).build(), JOB)),
          of("fine_tuning.jobs.checkpoints.list", "fineTuning.jobs.checkpoints", "list",
              () -> com.openai.models.finetuning.jobs.checkpoints.CheckpointListParams.builder().fineTuningJobId(JOB).limit(10L).build()),
          of("conversations.create", "conversations", "create", () -> ConversationCreateParams.builder()
              .metadata(ConversationCreateParams.Metadata.builder()
                  .putAdditionalProperty("topic", com.openai.core.JsonValue.from("refunds")).build()).build()),
          of("conversations.retrieve", "conversations", "retrieve",
              id(x -> com.openai.models.conversations.ConversationRetrieveParams.builder().conversationId(x).build(), CONV)),
          of("conversations.update", "conversations", "update", () -> ConversationUpdateParams.builder().conversationId(CONV)
              .metadata(ConversationUpdateParams.Metadata.builder()
                  .putAdditionalProperty("topic", com.openai.core.JsonValue.from("billing")).build()).build()),
          of("conversations.delete", "conversations", "delete",
              id(x -> com.openai.models.conversations.ConversationDeleteParams.builder().conversationId(x).build(), CONV)),
          of("conversations.items.create", "conversations.items", "create", () -> ItemCreateParams.builder().conversationId(CONV)
              .body(body(ItemCreateParams.Body.class,
                  "{\"items\":[{\"type\":\"message\",\"role\":\"user\",\"content\":\"Can I get a refund?\"}]}")).build()),
          of("conversations.items.retrieve", "conversations.items", "retrieve",
              () -> ItemRetrieveParams.builder().conversationId(CONV).itemId("msg_68d3a1b2c3e4").build()),
          of("conversations.items.list", "conversations.items", "list",
              () -> com.openai.models.conversations.items.ItemListParams.builder().conversationId(CONV).limit(20L).build()),
          of("conversations.items.delete", "conversations.items", "delete",
              () -> ItemDeleteParams.builder().conversationId(CONV).itemId("msg_68d3a1b2c3e4").build()),
          of("containers.create", "containers", "create", () -> ContainerCreateParams.builder().name("analysis").build()),
          of("containers.retrieve", "containers", "retrieve",
              id(x -> com.openai.models.containers.ContainerRetrieveParams.builder().containerId(x).build(), CNTR)),
          of("containers.list", "containers", "list", () -> com.openai.models.containers.ContainerListParams.builder().limit(10L).build()),
          of("containers.delete", "containers", "delete",
              id(x -> com.openai.models.containers.ContainerDeleteParams.builder().containerId(x).build(), CNTR)),
          of("containers.files.create", "containers.files", "create", () -> com.openai.models.containers.files.FileCreateParams.builder()
              .containerId(CNTR).fileId(FILE).build()),
          of("containers.files.retrieve", "containers.files", "retrieve",
              () -> com.openai.models.containers.files.FileRetrieveParams.builder().containerId(CNTR).fileId("cfile_68e4b2c3d4e5").build()),
          of("containers.files.list", "containers.files", "list",
              () -> com.openai.models.containers.files.FileListParams.builder().containerId(CNTR).limit(10L).build()),
          of("containers.files.delete", "containers.files", "delete",
              () -> com.openai.models.containers.files.FileDeleteParams.builder().containerId(CNTR).fileId("cfile_68e4b2c3d4e5").build()),
          of("containers.files.content.retrieve", "containers.files.content", "retrieve",
              () -> com.openai.models.containers.files.content.ContentRetrieveParams.builder().containerId(CNTR).fileId("cfile_68e4b2c3d4e5").build()),
          of("evals.create", "evals", "create", () -> EvalCreateParams.builder().body(body(EvalCreateParams.Body.class,
              "{\"name\":\"refund-answers\",\"data_source_config\":{\"type\":\"custom\",\"item_schema\":{\"type\":\"object\"}},"
                  + "\"testing_criteria\":[{\"type\":\"string_check\",\"name\":\"mentions 30 days\",\"input\":\"{{sample.output_text}}\","
                  + "\"reference\":\"30 days\",\"operation\":\"ilike\"}]}")).build()),
          of("evals.retrieve", "evals", "retrieve", id(x -> com.openai.models.evals.EvalRetrieveParams.builder().evalId(x).build(), EVAL)),
          of("evals.update", "evals", "update", () -> EvalUpdateParams.builder().evalId(EVAL).name("refund-answers-v2").build()),
          of("evals.list", "evals", "list", () -> com.openai.models.evals.EvalListParams.builder().limit(10L).build()),
          of("evals.delete", "evals", "delete", id(x -> com.openai.models.evals.EvalDeleteParams.builder().evalId(x).build(), EVAL)),
          of("evals.runs.create", "evals.runs", "create", () -> RunCreateParams.builder().evalId(EVAL).body(body(RunCreateParams.Body.class,
              "{\"name\":\"baseline\",\"data_source\":{\"type\":\"jsonl\",\"source\":{\"type\":\"file_id\",\"id\":\"" + FILE + "\"}}}")).build()),
          of("evals.runs.retrieve", "evals.runs", "retrieve", () -> RunRetrieveParams.builder().evalId(EVAL).runId(RUN).build()),
          of("evals.runs.list", "evals.runs", "list",
              () -> com.openai.models.evals.runs.RunListParams.builder().evalId(EVAL).limit(10L).build()),
          of("evals.runs.delete", "evals.runs", "delete", () -> RunDeleteParams.builder().evalId(EVAL).runId(RUN).build()),
          of("evals.runs.cancel", "evals.runs", "cancel", () -> RunCancelParams.builder().evalId(EVAL).runId(RUN).build()),
          of("evals.runs.output_items.retrieve", "evals.runs.outputItems", "retrieve",
              () -> OutputItemRetrieveParams.builder().evalId(EVAL).runId(RUN).outputItemId("outputitem_68f5c3d4").build()),
          of("evals.runs.output_items.list", "evals.runs.outputItems", "list",
              () -> OutputItemListParams.builder().evalId(EVAL).runId(RUN).limit(10L).build())).stream(),
      java.util.stream.Stream.concat(MoreOperations.ALL.stream(), LatestOperations.ALL.stream())).toList();
}
