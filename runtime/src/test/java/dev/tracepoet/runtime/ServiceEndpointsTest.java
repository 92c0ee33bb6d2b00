package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The server of a base URL and the retry delay of a failed call, as the SDK modules use them. */
class ServiceEndpointsTest {
  private static final TracingSettings NONE = TracingSettings.builder().build();

  private static String server(String baseUrl) {
    TracingSettings settings = ServiceEndpoints.withServerOf(NONE, baseUrl);
    return settings.serverAddress() == null ? null : settings.serverAddress() + ":" + settings.serverPort();
  }

  @Test
  void hostAndExplicitOrDefaultPort() {
    assertEquals("api.openai.com:443", server("https://api.openai.com/v1"));
    assertEquals("acme.openai.azure.com:443", server("https://acme.openai.azure.com/openai/deployments/gpt-4o"));
    assertEquals("localhost:11434", server("http://localhost:11434/v1"));
    assertEquals("llm.internal:80", server("HTTP://llm.internal/v1"));
    assertEquals("gateway.example:443", server("  wss://gateway.example/realtime "));
    assertEquals("::1:8080", server("http://[::1]:8080/v1"), "IPv6 without brackets");
  }

  @Test
  void noServerFromWhatIsNotAnAbsoluteUrlOfAKnownScheme() {
    assertSame(NONE, ServiceEndpoints.withServerOf(NONE, null));
    assertNull(server("not a url"));
    assertNull(server("/v1"));
    assertNull(server("ftp://files.example/v1"), "no default port for the scheme");
    assertEquals("files.example:2121", server("ftp://files.example:2121/v1"), "an explicit port is enough");
  }

  @Test
  void theSettingsOwnServerWins() {
    TracingSettings own = TracingSettings.builder().server("proxy.internal", 8443).build();
    assertSame(own, ServiceEndpoints.withServerOf(own, "https://api.openai.com/v1"));
  }

  @Test
  void retryAfterPrefersMillisecondsThenSeconds() {
    assertEquals(20L, ServiceEndpoints.retryAfterMillis(Map.of("retry-after-ms", "20", "retry-after", "1")::get));
    assertEquals(2000L, ServiceEndpoints.retryAfterMillis(Map.of("retry-after", " 2 ")::get));
    assertNull(ServiceEndpoints.retryAfterMillis(Map.of("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")::get));
    assertNull(ServiceEndpoints.retryAfterMillis(Map.<String, String>of()::get));
  }

  /** A stand-in for a Stainless client's options builder. */
  private record Options(String baseUrl) {}

  @Test
  void optionsAreReadThroughWithOptionsAndAFailureReadsNothing() {
    Function<Consumer<Options>, Object> withOptions = modifier -> {
      modifier.accept(new Options("https://api.example.com/v1"));
      return "derived client";
    };
    assertEquals("https://api.example.com/v1", ServiceEndpoints.readOptions(withOptions, Options::baseUrl));
    Function<Consumer<Options>, Object> rejecting = modifier -> {
      throw new UnsupportedOperationException("no options");
    };
    assertNull(ServiceEndpoints.readOptions(rejecting, Options::baseUrl));
    assertNull(ServiceEndpoints.readOptions(withOptions, options -> {
      throw new NoSuchMethodError("an older SDK");
    }));
  }

  @Test
  void theFirstHeaderValue() {
    assertEquals("a", ServiceEndpoints.first(List.of("a", "b")));
    assertNull(ServiceEndpoints.first(List.of()));
    assertNull(ServiceEndpoints.first(null));
  }
}
