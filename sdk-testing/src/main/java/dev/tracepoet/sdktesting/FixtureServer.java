package dev.tracepoet.sdktesting;

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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An SDK's HTTP API on a loopback port (JDK {@code HttpServer}, port 0, no network) that replays
 * the fixture files under {@code /fixtures/} on the test class path and records every request. The
 * plumbing is here; a subclass per SDK decides, in {@link #respond}, which fixture answers which
 * request (its {@link Route} table, error triggers) and which headers the API sends with it.
 *
 * <pre>{@code
 * public final class AcmeFixtureServer extends FixtureServer {
 *   private static final List<Route> ROUTES = List.of(new Route("POST", Pattern.compile("/v1/chat"), ANY, "chat.json"));
 *   private AcmeFixtureServer() { super(""); }
 *   public static AcmeFixtureServer start() { return started(new AcmeFixtureServer()); }
 *   protected void respond(HttpExchange exchange, Received request) throws IOException {
 *     Route route = route(ROUTES, request.method(), request.path(), request.body());
 *     send(exchange, route == null ? 404 : route.status(), route == null ? "errors/not-found.json" : route.fixture());
 *   }
 * }
 * }</pre>
 */
public abstract class FixtureServer implements AutoCloseable {

  /**
   * One request as the server received it: the path without the {@linkplain #FixtureServer(String)
   * base path}, the query, decoded (or null), header names lower-cased (several values joined by commas).
   */
  public record Received(String method, String path, String query, Map<String, String> headers, String body) {}

  /**
   * A route: requests with {@code method} ({@code ANY}: every method), a path matching {@code path}
   * and a body {@code body} accepts are answered with {@code fixture} and {@code status}.
   */
  public record Route(String method, Pattern path, Predicate<String> body, int status, String fixture) {
    /** A route answering with status 200. */
    public Route(String method, Pattern path, Predicate<String> body, String fixture) {
      this(method, path, body, 200, fixture);
    }
  }

  /** Every body. */
  protected static final Predicate<String> ANY = body -> true;

  /** A JSON body asking for a stream ({@code "stream": true}). */
  protected static final Predicate<String> STREAM = body -> body.replace(" ", "").contains("\"stream\":true");

  private final HttpServer server;
  private final String basePath;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  /**
   * Binds a free loopback port; {@link #started} starts serving.
   *
   * @param basePath the prefix of every API path ({@code /v1} for OpenAI, whose base URL includes
   *     it; empty when the SDK adds it itself): part of {@link #baseUrl()}, cut from {@link
   *     Received#path()}
   */
  protected FixtureServer(String basePath) {
    this.basePath = basePath;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
  }

  /** {@code server}, serving. */
  protected static <S extends FixtureServer> S started(S server) {
    ((FixtureServer) server).server.start();
    return server;
  }

  /** {@code http://127.0.0.1:<port>} and the base path, to give to the SDK's {@code baseUrl(...)}. */
  public String baseUrl() {
    return "http://" + host() + ":" + port() + basePath;
  }

  /** The loopback address the server listens on. */
  public String host() {
    return server.getAddress().getAddress().getHostAddress();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Every request served so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The last request served. */
  public Received last() {
    if (received.isEmpty()) {
      throw new AssertionError("the fixture server received no request");
    }
    return received.get(received.size() - 1);
  }

  /**
   * Answers {@code request} (already {@linkplain #received() recorded}): adds the API's headers to
   * {@code exchange} and calls {@link #send} once.
   */
  protected abstract void respond(HttpExchange exchange, Received request) throws IOException;

  /** The {@code Content-Type} of {@code fixture} (by its file name). */
  protected abstract String contentType(String fixture);

  /**
   * Sends {@code fixture} with {@code status} and its {@link #contentType}: an event stream
   * ({@code .sse}) chunked, as the APIs do; any other body with its length.
   */
  protected final void send(HttpExchange exchange, int status, String fixture) throws IOException {
    byte[] bytes = bytesOf(fixture);
    exchange.getResponseHeaders().add("Content-Type", contentType(fixture));
    exchange.sendResponseHeaders(status, fixture.endsWith(".sse") ? 0 : bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The bytes {@link #send} answers for {@code fixture}: {@link #fixture(String)} unless a module picks variants. */
  protected byte[] bytesOf(String fixture) {
    return fixture(fixture);
  }

  /** The first of {@code routes} that takes the request, or null. */
  protected static Route route(List<Route> routes, String method, String path, String body) {
    for (Route route : routes) {
      if ((route.method().equals(method) || route.method().equals("ANY"))
          && route.path().matcher(path).matches()
          && route.body().test(body)) {
        return route;
      }
    }
    return null;
  }

  /** The bytes of {@code /fixtures/<name>} on the class path (the module's {@code src/test/resources/fixtures/}). */
  public static byte[] fixture(String name) {
    try (InputStream in = FixtureServer.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (!basePath.isEmpty() && path.startsWith(basePath)) {
        path = path.substring(basePath.length());
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      Received request = new Received(method, path, exchange.getRequestURI().getQuery(), Map.copyOf(headers), body);
      received.add(request);
      respond(exchange, request);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
