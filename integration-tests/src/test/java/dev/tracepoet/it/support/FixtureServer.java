package dev.tracepoet.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An embedded HTTP server on a loopback port that replays fixture JSON from {@code
 * src/test/resources/fixtures}, with the headers a real OpenAI endpoint sends.
 */
public final class FixtureServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FixtureServer(HttpServer server) {
    this.server = server;
  }

  /** Starts the server on a free loopback port. */
  public static FixtureServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FixtureServer fixtures = new FixtureServer(server);
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

  /** {@code METHOD path} of every request served so far. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath().replaceFirst("^/v1", "");
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(method + " " + path);
      Map.Entry<Integer, String> reply = route(method, path, body);
      byte[] bytes = fixture(reply.getValue());
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("openai-organization", "acme-research");
      exchange.getResponseHeaders().add("x-ratelimit-remaining-requests", "4999");
      exchange.getResponseHeaders().add("x-ratelimit-remaining-tokens", "159970");
      exchange.sendResponseHeaders(reply.getKey(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static Map.Entry<Integer, String> route(String method, String path, String body) {
    if (method.equals("POST") && path.equals("/chat/completions")) {
      return Map.entry(200, body.contains("\"local-llm\"") ? "chat/completion-no-usage.json" : "chat/completion.json");
    }
    if (method.equals("GET") && path.equals("/models")) {
      return Map.entry(200, "chat/models.json");
    }
    if (path.equals("/models/missing")) {
      return Map.entry(404, "chat/not-found.json");
    }
    if (method.equals("GET") && path.startsWith("/models/")) {
      return Map.entry(200, "chat/model.json");
    }
    if (method.equals("DELETE") && path.startsWith("/models/")) {
      return Map.entry(200, "chat/deleted.json");
    }
    return Map.entry(404, "chat/not-found.json");
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = FixtureServer.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IOException("no fixture " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
