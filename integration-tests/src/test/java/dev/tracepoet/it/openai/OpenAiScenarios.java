package dev.tracepoet.it.openai;

import static dev.tracepoet.it.openai.ChatMessage.system;
import static dev.tracepoet.it.openai.ChatMessage.user;

import dev.tracepoet.runtime.TracingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One representative call per operation (plus variants: content capture, estimated usage, error
 * statuses), shared by the snapshot test and the focused tests.
 */
final class OpenAiScenarios {

  /** The 23 operation ids of the reference integration, in the order of the table. */
  static final List<String> OPERATIONS =
      List.of(
          "createCompletion", "createChatCompletion", "createEdit",
          "createEmbedding", "createModeration",
          "listModels", "retrieveModel", "deleteModel",
          "createImage", "createImageEdit", "createImageVariation",
          "createTranscription", "createTranslation",
          "listFiles", "createFile", "retrieveFile", "deleteFile", "downloadFile",
          "listFineTunes", "createFineTune", "retrieveFineTune", "cancelFineTune",
          "listFineTuneEvents");

  /**
   * Operations beyond the reference integration's 23: the streamed chat completion (server-sent
   * events, a {@code Stream} of chunks).
   */
  static final List<String> STREAMING_OPERATIONS = List.of("createChatCompletionStream");

  /** A call of the client. */
  @FunctionalInterface
  interface Call {
    Object run(OpenAiApi api) throws Exception;
  }

  /**
   * @param name the snapshot name: the operation id, optionally followed by {@code -variant}
   * @param settings the tracing settings of the wrapper
   * @param expectedError the exception the call must throw, or {@code null}
   */
  record Scenario(String name, TracingSettings settings, Call call, Class<? extends Exception> expectedError) {
    String operation() {
      int dash = name.indexOf('-');
      return dash < 0 ? name : name.substring(0, dash);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final TracingSettings DEFAULTS = TracingSettings.defaults();
  private static final TracingSettings CONTENT = TracingSettings.builder().captureContent(true).build();

  private OpenAiScenarios() {}

  /** The files that uploads send, created under {@code dir} (a directory the spans must not show). */
  static Map<String, Upload> uploads(Path dir) throws IOException {
    Path nested = Files.createDirectories(dir.resolve("home/alice/private-projects"));
    return Map.of(
        "image", Upload.of(Files.write(nested.resolve("otter.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
        "mask", Upload.of(Files.write(nested.resolve("otter-mask.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
        "audio", Upload.of(Files.write(nested.resolve("interview.mp3"), new byte[] {'I', 'D', '3'})),
        "german", Upload.of(Files.write(nested.resolve("german.wav"), new byte[] {'R', 'I', 'F', 'F'})),
        "training", Upload.of(Files.writeString(nested.resolve("training.jsonl"),
            "{\"prompt\": \"hello\", \"completion\": \" world\"}\n", StandardCharsets.UTF_8)));
  }

  static CompletionRequest completionRequest() {
    return new CompletionRequest(
        "gpt-3.5-turbo-instruct",
        List.of("Tell me a story about tracing.", "In one sentence:"),
        " The end.",
        64,
        0.7,
        0.9,
        2,
        false,
        1,
        false,
        List.of("\n\n", "END"),
        0.5,
        0.25,
        3,
        Map.of("50256", -100),
        "user-42");
  }

  static ChatCompletionRequest chatRequest() {
    return new ChatCompletionRequest(
        "gpt-4o-mini",
        List.of(system("You are a terse assistant."), user("Say hello to the tracing team, please.")),
        null,
        null,
        0.2,
        1.0,
        2,
        false,
        List.of("\n\n"),
        64,
        0.0,
        0.1,
        Map.of("1734", 5),
        Optional.of("user-42"),
        null);
  }

  /** A streamed chat completion asking for usage in the final chunk ({@code include_usage}). */
  static ChatCompletionRequest streamRequest() {
    return streamRequestWithoutUsage().streamingWithUsage();
  }

  /** A streamed chat completion without {@code stream_options}: the API reports no usage. */
  static ChatCompletionRequest streamRequestWithoutUsage() {
    return new ChatCompletionRequest(
        "gpt-4o-mini",
        List.of(system("You are a terse assistant."), user("Say hello to the tracing team, please.")),
        null, null, 0.2, null, null, true, null, 64, null, null, null, Optional.of("user-42"), null);
  }

  /** Consumes a streamed response completely and closes it, as a caller should. */
  static List<ChatCompletionChunk> consume(Stream<ChatCompletionChunk> chunks) {
    try (chunks) {
      return chunks.toList();
    }
  }

  /** Takes the first chunk of a streamed response and closes it: the rest is never read. */
  static ChatCompletionChunk firstOnly(Stream<ChatCompletionChunk> chunks) {
    try (chunks) {
      return chunks.findFirst().orElseThrow();
    }
  }

  static ChatCompletionRequest functionCallRequest() {
    Map<String, Object> parameters =
        Map.of(
            "type", "object",
            "properties", Map.of("location", Map.of("type", "string")),
            "required", List.of("location"));
    return new ChatCompletionRequest(
        "gpt-3.5-turbo-0613",
        List.of(user("What is the weather like in Boston?")),
        List.of(new ChatCompletionRequest.Function(
            "get_current_weather", "Get the current weather in a given location", parameters)),
        "auto",
        null, null, null, null, null, null, null, null, null, Optional.empty(), null);
  }

  static List<Scenario> all(Map<String, Upload> uploads) {
    List<Scenario> s = new ArrayList<>();
    // completions
    s.add(ok("createCompletion", api -> api.createCompletion(completionRequest())));
    s.add(ok("createCompletion-content", CONTENT, api -> api.createCompletion(completionRequest())));
    s.add(ok("createCompletion-estimated-usage",
        api -> api.createCompletion(CompletionRequest.of("local-llm", "hello world"))));
    s.add(failing("createCompletion-400", OpenAiException.class,
        api -> api.createCompletion(CompletionRequest.of("trigger-400", "a very long prompt"))));
    s.add(ok("createChatCompletion", api -> api.createChatCompletion(chatRequest())));
    s.add(ok("createChatCompletion-content",
        TracingSettings.builder().captureContent(true).characterLimit(32).build(),
        api -> api.createChatCompletion(chatRequest())));
    s.add(ok("createChatCompletion-function-call", CONTENT,
        api -> api.createChatCompletion(functionCallRequest())));
    s.add(ok("createChatCompletion-estimated-usage",
        api -> api.createChatCompletion(ChatCompletionRequest.of("local-llm", user("hello world")))));
    s.add(failing("createChatCompletion-429", RateLimitException.class,
        api -> api.createChatCompletion(ChatCompletionRequest.of("trigger-429", user("hi")))));
    // streamed chat completion (server-sent events)
    s.add(ok("createChatCompletionStream",
        api -> consume(api.createChatCompletionStream(streamRequest()))));
    s.add(ok("createChatCompletionStream-estimated-usage",
        api -> consume(api.createChatCompletionStream(streamRequestWithoutUsage()))));
    s.add(ok("createChatCompletionStream-content", CONTENT,
        api -> consume(api.createChatCompletionStream(streamRequestWithoutUsage()))));
    s.add(ok("createChatCompletionStream-closed-early",
        api -> firstOnly(api.createChatCompletionStream(streamRequest()))));
    s.add(failing("createChatCompletionStream-mid-stream-error", StreamErrorException.class,
        api -> consume(api.createChatCompletionStream(
            ChatCompletionRequest.of("trigger-stream-error", user("hi")).streaming()))));
    s.add(failing("createChatCompletionStream-429", RateLimitException.class,
        api -> consume(api.createChatCompletionStream(ChatCompletionRequest.of("trigger-429", user("hi"))))));
    s.add(ok("createEdit", api -> api.createEdit(editRequest())));
    s.add(ok("createEdit-content", CONTENT, api -> api.createEdit(editRequest())));
    // embeddings, moderation
    s.add(ok("createEmbedding", api -> api.createEmbedding(new EmbeddingRequest(
        "text-embedding-3-small", List.of("The food was delicious", "and the waiter..."), "float", 6,
        "user-42"))));
    s.add(ok("createEmbedding-content", CONTENT,
        api -> api.createEmbedding(EmbeddingRequest.of("text-embedding-3-small", "The food was delicious"))));
    s.add(failing("createEmbedding-500", ServerErrorException.class,
        api -> api.createEmbedding(EmbeddingRequest.of("trigger-500", "anything"))));
    s.add(ok("createModeration",
        api -> api.createModeration(new ModerationRequest(List.of("I will hurt you."), "text-moderation-latest"))));
    s.add(ok("createModeration-content", CONTENT,
        api -> api.createModeration(ModerationRequest.of("I will hurt you."))));
    // models
    s.add(ok("listModels", OpenAiApi::listModels));
    s.add(ok("retrieveModel", api -> api.retrieveModel("gpt-4o-mini")));
    s.add(failing("retrieveModel-404", NotFoundException.class, api -> api.retrieveModel("gpt-missing")));
    s.add(ok("deleteModel", api -> api.deleteModel("ft:gpt-3.5-turbo-0613:acme-research::8Qx7Lm2N")));
    // images
    s.add(ok("createImage", api -> api.createImage(imageRequest())));
    s.add(ok("createImage-content", CONTENT, api -> api.createImage(imageRequest())));
    s.add(ok("createImageEdit", api -> api.createImageEdit(new ImageEditRequest(
        uploads.get("image"), uploads.get("mask"), "Add a tiny magnifying glass", "dall-e-2", 2,
        "512x512", "url", "user-42"))));
    s.add(ok("createImageVariation", api -> api.createImageVariation(new ImageVariationRequest(
        uploads.get("image"), "dall-e-2", 3, "b64_json", "256x256", "user-42"))));
    // audio
    s.add(ok("createTranscription", api -> api.createTranscription(transcriptionRequest(uploads))));
    s.add(ok("createTranscription-content", CONTENT,
        api -> api.createTranscription(transcriptionRequest(uploads))));
    s.add(ok("createTranslation", api -> api.createTranslation(new TranslationRequest(
        uploads.get("german"), "whisper-1", "A friendly greeting.", "json", 0.0))));
    // files
    s.add(ok("listFiles", OpenAiApi::listFiles));
    s.add(ok("createFile", api -> api.createFile(new FileUploadRequest(uploads.get("training"), "fine-tune"))));
    s.add(ok("retrieveFile", api -> api.retrieveFile("file-abc123")));
    s.add(failing("retrieveFile-404", NotFoundException.class, api -> api.retrieveFile("file-missing")));
    s.add(ok("deleteFile", api -> api.deleteFile("file-abc123")));
    s.add(ok("downloadFile", api -> api.downloadFile("file-abc123")));
    // fine-tunes
    s.add(ok("listFineTunes", OpenAiApi::listFineTunes));
    s.add(ok("createFineTune", api -> api.createFineTune(new FineTuneRequest(
        "file-XGinujblHPwGLSztz8cPS8XY", "file-validation01", "curie", 4, 4, 0.1, 0.01, true, 2,
        "positive", List.of(0.5, 1.0, 2.0), "acme-tracing"))));
    s.add(ok("retrieveFineTune", api -> api.retrieveFineTune("ft-AF1WoRqd3aJAHsqc9NY7iL8F")));
    s.add(ok("cancelFineTune", api -> api.cancelFineTune("ft-xhrpBbvVUzYGo8oUO1FY4nI7")));
    s.add(ok("listFineTuneEvents", api -> api.listFineTuneEvents("ft-AF1WoRqd3aJAHsqc9NY7iL8F")));
    return s;
  }

  static EditRequest editRequest() {
    return new EditRequest(
        "text-davinci-edit-001", "What day of the wek is it?", "Fix the spelling mistakes", 1, 0.0, 1.0);
  }

  static ImageRequest imageRequest() {
    return new ImageRequest(
        "An otter holding a magnifying glass over a glowing trace, watercolor", "dall-e-3", 1, "hd",
        "url", "1024x1024", "vivid", "user-42");
  }

  static TranscriptionRequest transcriptionRequest(Map<String, Upload> uploads) {
    return new TranscriptionRequest(
        uploads.get("audio"), "whisper-1", "en", "Fox, dog, span.", "verbose_json", 0.2);
  }

  private static Scenario ok(String name, Call call) {
    return new Scenario(name, DEFAULTS, call, null);
  }

  private static Scenario ok(String name, TracingSettings settings, Call call) {
    return new Scenario(name, settings, call, null);
  }

  private static Scenario failing(String name, Class<? extends Exception> error, Call call) {
    return new Scenario(name, DEFAULTS, call, error);
  }
}
