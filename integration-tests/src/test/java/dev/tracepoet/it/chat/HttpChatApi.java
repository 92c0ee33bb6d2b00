package dev.tracepoet.it.chat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The undecorated client: plain {@link HttpClient} and Jackson, no tracing. */
public class HttpChatApi implements ChatApi {
  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final ObjectMapper json =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .findAndRegisterModules();

  public HttpChatApi(HttpClient http, String baseUrl, String apiKey) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  @Override
  public ChatResponse createChatCompletion(ChatRequest request) throws IOException, InterruptedException {
    String body = json.writeValueAsString(request);
    return send(post("/chat/completions", body), ChatResponse.class);
  }

  @Override
  public ModelList listModels() throws IOException, InterruptedException {
    return send(request("/models").GET().build(), ModelList.class);
  }

  @Override
  public Model retrieveModel(String model) throws IOException, InterruptedException {
    return send(request("/models/" + model).GET().build(), Model.class);
  }

  @Override
  public Deleted deleteModel(String model, String apiKey) throws IOException, InterruptedException {
    return send(request("/models/" + model).DELETE().build(), Deleted.class);
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  private HttpRequest post(String path, String body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey);
  }

  private <T> T send(HttpRequest request, Class<T> type) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 400) {
      throw new ApiException(response.statusCode(), response.body());
    }
    return json.readValue(response.body(), type);
  }
}
