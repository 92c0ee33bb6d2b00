package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, items 4 and 8, run for real: secret-named tags are recorded masked whatever their value
 * type (the compile-time rule matches the runtime's), names ending with "tokens" are not secret, and
 * endpoints sharing a default name each record their own span under it.
 */
class SecretsAndSharedNamesBehaviourTest {
  private InMemorySpanExporter exporter;
  private OpenTelemetrySdk openTelemetry;

  @BeforeEach
  void setUp() {
    exporter = InMemorySpanExporter.create();
    openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build();
  }

  @AfterEach
  void tearDown() {
    openTelemetry.close();
  }

  private String run(JavaFileObject... sources) {
    Compilation compilation = InterfaceShapesTest.compileClean(sources);
    GeneratedBehaviourTest.CompiledClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, getClass().getClassLoader());
    try {
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> driver =
          (Function<OpenTelemetry, String>)
              loader.loadClass("behaviour.Driver").getDeclaredConstructor().newInstance();
      return driver.apply(openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String string(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }

  @Test
  void secretNamedTagsAreMaskedWhateverTheirType() {
    String result =
        run(
            JavaFileObjects.forSourceString(
                "behaviour.Vault",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "vault")
                public interface Vault {
                  record Login(String sessionToken, String authorization, long password, int maxTokens,
                      Object clientSecret, String xApiKey, String userCredentials, int totalTokens) {}

                  @TracedEndpoint(requestTags = {
                      "session_token", "authorization", "password", "max_tokens", "client_secret",
                      "vendor_key=x_api_key", "user_credentials", "total_tokens", "plain=session_token"})
                  String login(Login login);
                }
                """),
            JavaFileObjects.forSourceString(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Vault api = TracedVault.wrap(login -> "ok", openTelemetry);
                    return api.login(new Vault.Login("tok-abcdefgh1234", "Bearer sk-xyz9876", 123456789L, 256,
                        new StringBuilder("cs-secret-5555"), "sk-proj-0000aaaa", "user:pass-7777", 1000));
                  }
                }
                """));
    assertEquals("ok", result);
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(1, spans.size());
    SpanData span = spans.get(0);
    assertEquals("sk-...1234", string(span, "vault.request.session_token"));
    // a bearer credential keeps its scheme (runtime Secrets.mask)
    assertEquals("Bearer ...9876", string(span, "vault.request.authorization"));
    // A secret-named number is masked too (recorded as a masked string, not as a long).
    assertEquals("sk-...6789", string(span, "vault.request.password"));
    assertNull(span.getAttributes().get(AttributeKey.longKey("vault.request.password")));
    assertEquals("sk-...5555", string(span, "vault.request.client_secret"));
    assertEquals("sk-...aaaa", string(span, "vault.request.vendor_key"));
    assertEquals("sk-...7777", string(span, "vault.request.user_credentials"));
    // The last path segment is secret even when the explicit key is not.
    assertEquals("sk-...1234", string(span, "vault.request.plain"));
    // "tokens" counts are not secrets.
    assertEquals(256L, span.getAttributes().get(AttributeKey.longKey("vault.request.max_tokens")));
    assertEquals(1000L, span.getAttributes().get(AttributeKey.longKey("vault.request.total_tokens")));
    // No raw secret anywhere in the span's attributes.
    String all = span.getAttributes().asMap().values().stream().map(String::valueOf).collect(Collectors.joining("|"));
    for (String raw : List.of("tok-abcdefgh", "sk-xyz", "123456789", "cs-secret", "sk-proj", "user:pass")) {
      assertTrue(!all.contains(raw), () -> raw + " leaked in " + all);
    }
  }

  @Test
  void secretRuleMatchesTheRuntimeRule() {
    for (String secret :
        List.of("api_key", "apiKey", "x-api-key", "api-key", "token", "session.token", "secret",
            "client_secret", "password", "passwd", "Authorization", "proxy_authorization_header",
            "credentials", "aws_credential_id")) {
      assertTrue(SecretNames.isSecret(secret), secret);
    }
    for (String open :
        List.of("max_tokens", "total_tokens", "prompt_tokens", "model", "tokenizer", "user", "headers")) {
      assertTrue(!SecretNames.isSecret(open), open);
    }
  }

  @Test
  void overloadsAndAsyncTwinShareTheirSpanName() {
    String result =
        run(
            JavaFileObjects.forSourceString(
                "behaviour.Store",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.util.concurrent.CompletableFuture;

                @TracedClient(integration = "store")
                public interface Store {
                  @TracedEndpoint(requestTags = "key")
                  String get(String key);

                  @TracedEndpoint(requestTags = "key")
                  String get(String key, int version);

                  @TracedEndpoint(name = "get", requestTags = "key")
                  CompletableFuture<String> getAsync(String key);
                }
                """),
            JavaFileObjects.forSourceString(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.concurrent.CompletableFuture;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Store delegate = new Store() {
                      @Override public String get(String key) { return key + "1"; }
                      @Override public String get(String key, int version) { return key + version; }
                      @Override public CompletableFuture<String> getAsync(String key) {
                        return CompletableFuture.completedFuture(key + "a");
                      }
                    };
                    Store api = TracedStore.wrap(delegate, openTelemetry);
                    return api.get("x") + api.get("y", 2) + api.getAsync("z").join();
                  }
                }
                """));
    assertEquals("x1y2za", result);
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(List.of("get", "get", "get"), spans.stream().map(SpanData::getName).collect(Collectors.toList()));
    assertEquals(
        List.of("x", "y", "z"),
        spans.stream().map(s -> string(s, "store.request.key")).collect(Collectors.toList()));
  }
}
