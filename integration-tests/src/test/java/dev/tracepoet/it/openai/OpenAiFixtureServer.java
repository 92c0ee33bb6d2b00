package dev.tracepoet.it.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * An embedded HTTP server on a loopback port that replays the OpenAI fixtures under {@code
 * src/test/resources/openai/} with the headers the real API sends: {@code openai-organization},
 * {@code x-request-id}, {@code openai-processing-ms} and, for the metered endpoints (completions,
 * chat, edits, embeddings, moderations, images, audio), {@code x-ratelimit-*}.
 *
 * <p>Error cases are selected by the request: a path containing {@code missing} gets a 404, and a
 * body or path containing {@code trigger-400}, {@code trigger-429} (with exhausted rate-limit
 * headers and {@code retry-after}) or {@code trigger-500} gets that status.
 *
 * <p>A chat completion request with {@code "stream": true} is answered with server-sent events
 * ({@code text/event-stream}, {@code data: {chunk}} ... {@code data: [DONE]}): {@code
 * chat/stream.sse}, whose final chunk carries {@code usage}, when the request asks for it ({@code
 * "stream_options": {"include_usage": true}}), {@code chat/stream-no-usage.sse} otherwise, and
 * {@code chat/stream-error.sse} (an {@code error} event after two chunks, as the API sends when it
 * fails mid-stream) for the model {@code trigger-stream-error}.
 */
public final class OpenAiFixtureServer implements AutoCloseable {

  /** One request as the server received it. */
  public record Received(String method, String path, Map<String, String> headers, byte[] body) {
    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private record Route(String method, Pattern path, String fixture, boolean metered, String contentType) {}

  private static final List<Route> ROUTES =
      List.of(
          json("POST", "/completions", "completions/create.json", true),
          json("POST", "/chat/completions", "chat/create.json", true),
          json("POST", "/edits", "edits/create.json", true),
          json("POST", "/embeddings", "embeddings/create.json", true),
          json("POST", "/moderations", "moderations/create.json", true),
          json("GET", "/models", "models/list.json", false),
          json("GET", "/models/[^/]+", "models/retrieve.json", false),
          json("DELETE", "/models/[^/]+", "models/delete.json", false),
          json("POST", "/images/generations", "images/generations.json", true),
          json("POST", "/images/edits", "images/edits.json", true),
          json("POST", "/images/variations", "images/variations.json", true),
          json("POST", "/audio/transcriptions", "audio/transcription.json", true),
          json("POST", "/audio/translations", "audio/translation.json", true),
          json("GET", "/files", "files/list.json", false),
          json("POST", "/files", "files/create.json", false),
          json("GET", "/files/[^/]+", "files/retrieve.json", false),
          json("DELETE", "/files/[^/]+", "files/delete.json", false),
          new Route("GET", Pattern.compile("/files/[^/]+/content"), "files/content.jsonl", false,
              "application/octet-stream"),
          json("GET", "/fine-tunes", "fine-tunes/list.json", false),
          json("POST", "/fine-tunes", "fine-tunes/create.json", false),
          json("GET", "/fine-tunes/[^/]+", "fine-tunes/retrieve.json", false),
          json("POST", "/fine-tunes/[^/]+/cancel", "fine-tunes/cancel.json", false),
          json("GET", "/fine-tunes/[^/]+/events", "fine-tunes/events.json", false));

  /** Fixtures selected by a marker in the request body instead of the route's default. */
  private static final Map<String, String> VARIANTS =
      Map.of(
          "\"model\":\"local-llm\"", "-no-usage",
          "\"model\":\"gpt-3.5-turbo-0613\"", "-function-call");

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private OpenAiFixtureServer(HttpServer server) {
    this.server = server;
  }

  private static Route json(String method, String path, String fixture, boolean metered) {
    return new Route(method, Pattern.compile(path), fixture, metered, "application/json");
  }

  /** Starts the server on a free loopback port. */
  public static OpenAiFixtureServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      OpenAiFixtureServer fixtures = new OpenAiFixtureServer(server);
      server.createContext("/", fixtures::handle);
      server.start();
      return fixtures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>/v1}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/v1";
  }

  /** Every request served so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath().replaceFirst("^/v1", "");
      byte[] body = in.readAllBytes();
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : List.of("Authorization", "Content-Type", "OpenAI-Organization")) {
        String value = exchange.getRequestHeaders().getFirst(name);
        if (value != null) {
          headers.put(name, value);
        }
      }
      received.add(new Received(method, path, Map.copyOf(headers), body));
      reply(exchange, method, path, new String(body, StandardCharsets.UTF_8));
    } finally {
      exchange.close();
    }
  }

  private void reply(HttpExchange exchange, String method, String path, String body) throws IOException {
    String compact = body.replace(" ", "");
    var headers = exchange.getResponseHeaders();
    headers.add("openai-organization", "acme-research");
    headers.add("openai-version", "2020-10-01");
    headers.add("openai-processing-ms", "42");
    headers.add("x-request-id", "req_7b1e4c9a2f0d");
    if (path.contains("trigger-429") || compact.contains("trigger-429")) {
      headers.add("x-ratelimit-limit-requests", "5000");
      headers.add("x-ratelimit-limit-tokens", "160000");
      headers.add("x-ratelimit-remaining-requests", "0");
      headers.add("x-ratelimit-remaining-tokens", "158000");
      headers.add("x-ratelimit-reset-requests", "20s");
      headers.add("x-ratelimit-reset-tokens", "750ms");
      headers.add("retry-after", "20");
      send(exchange, 429, "application/json", "errors/rate-limit.json");
      return;
    }
    if (path.contains("trigger-500") || compact.contains("trigger-500")) {
      send(exchange, 500, "application/json", "errors/server-error.json");
      return;
    }
    if (path.contains("trigger-400") || compact.contains("trigger-400")) {
      send(exchange, 400, "application/json", "errors/invalid-request.json");
      return;
    }
    if (path.contains("missing")) {
      send(exchange, 404, "application/json", "errors/not-found.json");
      return;
    }
    for (Route route : ROUTES) {
      if (route.method().equals(method) && route.path().matcher(path).matches()) {
        if (route.metered()) {
          headers.add("x-ratelimit-limit-requests", "5000");
          headers.add("x-ratelimit-limit-tokens", "160000");
          headers.add("x-ratelimit-remaining-requests", "4999");
          headers.add("x-ratelimit-remaining-tokens", "159970");
          headers.add("x-ratelimit-reset-requests", "12ms");
          headers.add("x-ratelimit-reset-tokens", "11ms");
        }
        String fixture = route.fixture();
        for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
          if (compact.contains(variant.getKey())) {
            String candidate = fixture.replace(".json", variant.getValue() + ".json");
            if (OpenAiFixtureServer.class.getResource("/openai/" + candidate) != null) {
              fixture = candidate;
            }
          }
        }
        String contentType = route.contentType();
        if (route.fixture().startsWith("chat/") && compact.contains("\"stream\":true")) {
          contentType = "text/event-stream";
          fixture =
              compact.contains("trigger-stream-error")
                  ? "chat/stream-error.sse"
                  : compact.contains("\"include_usage\":true") ? "chat/stream.sse" : "chat/stream-no-usage.sse";
        }
        send(exchange, 200, contentType, fixture);
        return;
      }
    }
    send(exchange, 404, "application/json", "errors/unknown-route.json");
  }

  private static void send(HttpExchange exchange, int status, String contentType, String fixture)
      throws IOException {
    byte[] bytes;
    try (InputStream in = OpenAiFixtureServer.class.getResourceAsStream("/openai/" + fixture)) {
      if (in == null) {
        throw new IOException("no fixture openai/" + fixture);
      }
      bytes = in.readAllBytes();
    }
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
