package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The undecorated client: {@link HttpClient} and Jackson, no tracing. JSON bodies use snake_case
 * and leave out {@code null}/empty values; uploads are sent as {@code multipart/form-data} with the
 * file's base name. Error statuses become {@link OpenAiException}s; every response carries its
 * {@link ResponseMeta}.
 */
public class HttpOpenAiApi implements OpenAiApi {
  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final String organization;
  private final ObjectMapper json =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .findAndRegisterModules();

  /**
   * @param baseUrl e.g. {@code https://api.openai.com/v1}
   * @param organization sent as {@code OpenAI-Organization}; may be null
   */
  public HttpOpenAiApi(HttpClient http, String baseUrl, String apiKey, String organization) {
    this.http = Objects.requireNonNull(http, "http");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.organization = organization;
  }

  // ------------------------------------------------------------------ completions

  @Override
  public Completion createCompletion(CompletionRequest request) throws IOException, InterruptedException {
    return send(postJson("/completions", request), Completion.class);
  }

  @Override
  public ChatCompletion createChatCompletion(ChatCompletionRequest request)
      throws IOException, InterruptedException {
    return send(postJson("/chat/completions", request), ChatCompletion.class);
  }

  /**
   * Sends the request with {@code "stream": true} and returns the chunks as the body delivers them:
   * the stream reads and parses one server-sent event per element when it is pulled, and closing it
   * closes the HTTP body. An error status fails the call itself (nothing is streamed).
   */
  @Override
  public Stream<ChatCompletionChunk> createChatCompletionStream(ChatCompletionRequest request)
      throws IOException, InterruptedException {
    HttpRequest post =
        request("/chat/completions")
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request.streaming())))
            .build();
    HttpResponse<InputStream> response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
    ResponseMeta meta = ResponseMeta.of(response.headers(), apiKey);
    if (response.statusCode() >= 400) {
      String body;
      try (InputStream in = response.body()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      throw error(response.statusCode(), body, meta);
    }
    return ServerSentEvents.stream(
        response.body(),
        json.readerFor(ChatCompletionChunk.class)
            .with(new InjectableValues.Std().addValue(ResponseMeta.class, meta)));
  }

  @Override
  public Edit createEdit(EditRequest request) throws IOException, InterruptedException {
    return send(postJson("/edits", request), Edit.class);
  }

  // ------------------------------------------------------------------ embeddings, moderation

  @Override
  public EmbeddingList createEmbedding(EmbeddingRequest request) throws IOException, InterruptedException {
    return send(postJson("/embeddings", request), EmbeddingList.class);
  }

  @Override
  public Moderation createModeration(ModerationRequest request) throws IOException, InterruptedException {
    return send(postJson("/moderations", request), Moderation.class);
  }

  // ------------------------------------------------------------------ models

  @Override
  public ModelList listModels() throws IOException, InterruptedException {
    return send(request("/models").GET().build(), ModelList.class);
  }

  @Override
  public Model retrieveModel(String model) throws IOException, InterruptedException {
    return send(request("/models/" + segment(model)).GET().build(), Model.class);
  }

  @Override
  public Deleted deleteModel(String model) throws IOException, InterruptedException {
    return send(request("/models/" + segment(model)).DELETE().build(), Deleted.class);
  }

  // ------------------------------------------------------------------ images

  @Override
  public Images createImage(ImageRequest request) throws IOException, InterruptedException {
    return send(postJson("/images/generations", request), Images.class);
  }

  @Override
  public Images createImageEdit(ImageEditRequest request) throws IOException, InterruptedException {
    Multipart form = new Multipart()
        .file("image", request.image())
        .file("mask", request.mask())
        .field("prompt", request.prompt())
        .field("model", request.model())
        .field("n", request.n())
        .field("size", request.size())
        .field("response_format", request.responseFormat())
        .field("user", request.user());
    return send(postForm("/images/edits", form), Images.class);
  }

  @Override
  public Images createImageVariation(ImageVariationRequest request)
      throws IOException, InterruptedException {
    Multipart form = new Multipart()
        .file("image", request.image())
        .field("model", request.model())
        .field("n", request.n())
        .field("response_format", request.responseFormat())
        .field("size", request.size())
        .field("user", request.user());
    return send(postForm("/images/variations", form), Images.class);
  }

  // ------------------------------------------------------------------ audio

  @Override
  public AudioText createTranscription(TranscriptionRequest request)
      throws IOException, InterruptedException {
    Multipart form = new Multipart()
        .file("file", request.file())
        .field("model", request.model())
        .field("language", request.language())
        .field("prompt", request.prompt())
        .field("response_format", request.responseFormat())
        .field("temperature", request.temperature());
    return send(postForm("/audio/transcriptions", form), AudioText.class);
  }

  @Override
  public AudioText createTranslation(TranslationRequest request) throws IOException, InterruptedException {
    Multipart form = new Multipart()
        .file("file", request.file())
        .field("model", request.model())
        .field("prompt", request.prompt())
        .field("response_format", request.responseFormat())
        .field("temperature", request.temperature());
    return send(postForm("/audio/translations", form), AudioText.class);
  }

  // ------------------------------------------------------------------ files

  @Override
  public FileList listFiles() throws IOException, InterruptedException {
    return send(request("/files").GET().build(), FileList.class);
  }

  @Override
  public OpenAiFile createFile(FileUploadRequest request) throws IOException, InterruptedException {
    Multipart form = new Multipart().field("purpose", request.purpose()).file("file", request.file());
    return send(postForm("/files", form), OpenAiFile.class);
  }

  @Override
  public OpenAiFile retrieveFile(String fileId) throws IOException, InterruptedException {
    return send(request("/files/" + segment(fileId)).GET().build(), OpenAiFile.class);
  }

  @Override
  public Deleted deleteFile(String fileId) throws IOException, InterruptedException {
    return send(request("/files/" + segment(fileId)).DELETE().build(), Deleted.class);
  }

  @Override
  public FileContent downloadFile(String fileId) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request("/files/" + segment(fileId) + "/content").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    ResponseMeta meta = ResponseMeta.of(response.headers(), apiKey);
    if (response.statusCode() >= 400) {
      throw error(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), meta);
    }
    return new FileContent(
        response.headers().firstValue("Content-Type").orElse(null), response.body(), meta);
  }

  // ------------------------------------------------------------------ fine-tunes

  @Override
  public FineTuneList listFineTunes() throws IOException, InterruptedException {
    return send(request("/fine-tunes").GET().build(), FineTuneList.class);
  }

  @Override
  public FineTune createFineTune(FineTuneRequest request) throws IOException, InterruptedException {
    return send(postJson("/fine-tunes", request), FineTune.class);
  }

  @Override
  public FineTune retrieveFineTune(String fineTuneId) throws IOException, InterruptedException {
    return send(request("/fine-tunes/" + segment(fineTuneId)).GET().build(), FineTune.class);
  }

  @Override
  public FineTune cancelFineTune(String fineTuneId) throws IOException, InterruptedException {
    return send(
        request("/fine-tunes/" + segment(fineTuneId) + "/cancel").POST(HttpRequest.BodyPublishers.noBody()).build(),
        FineTune.class);
  }

  @Override
  public FineTuneEventList listFineTuneEvents(String fineTuneId) throws IOException, InterruptedException {
    return send(request("/fine-tunes/" + segment(fineTuneId) + "/events").GET().build(), FineTuneEventList.class);
  }

  // ------------------------------------------------------------------ HTTP

  private HttpRequest postJson(String path, Object body) throws IOException {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
        .build();
  }

  private HttpRequest postForm(String path, Multipart form) {
    return request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey);
    if (organization != null) {
      builder.header("OpenAI-Organization", organization);
    }
    return builder;
  }

  private static String segment(String value) {
    return URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private <T> T send(HttpRequest request, Class<T> type) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    ResponseMeta meta = ResponseMeta.of(response.headers(), apiKey);
    if (response.statusCode() >= 400) {
      throw error(response.statusCode(), response.body(), meta);
    }
    return json.readerFor(type)
        .with(new InjectableValues.Std().addValue(ResponseMeta.class, meta))
        .readValue(response.body());
  }

  private OpenAiException error(int status, String body, ResponseMeta meta) {
    String message = body;
    String type = null;
    String param = null;
    String code = null;
    try {
      JsonNode error = json.readTree(body).path("error");
      if (error.isObject()) {
        message = error.path("message").asText(body);
        type = text(error, "type");
        param = text(error, "param");
        code = text(error, "code");
      }
    } catch (IOException notJson) {
      // keep the raw body as the message
    }
    return OpenAiException.of(status, message, type, param, code, meta);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /** A {@code multipart/form-data} body; {@code null} fields and files are left out. */
  private static final class Multipart {
    static final String BOUNDARY = "tracepoet-7d4a1c0b9e";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, Object value) {
      if (value != null) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
      }
      return this;
    }

    Multipart file(String name, Upload upload) throws IOException {
      if (upload != null) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
            + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n");
        out.write(Files.readAllBytes(upload.path()));
        write("\r\n");
      }
      return this;
    }

    byte[] bytes() {
      write("--" + BOUNDARY + "--\r\n");
      return out.toByteArray();
    }

    private void write(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
