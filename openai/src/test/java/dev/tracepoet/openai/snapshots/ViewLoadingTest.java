package dev.tracepoet.openai.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.tracepoet.openai.OpenAiTracing;
import io.opentelemetry.api.OpenTelemetry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The views that name SDK types newer than 4.52.0 ({@code *Latest*}, decisions, safety, live,
 * voices, webhooks, Realtime translations) are loaded only when the SDK has those types: the test
 * class path loaded again in a fresh class loader that records every class it defines, a client
 * wrapped and walked through its services there, then the recorded names inspected.
 */
class ViewLoadingTest {

  /** The view classes (and their generated wrappers) that only {@code ClientViews.Latest} reaches. */
  static final List<String> NEWER_VIEWS = List.of(
      "OpenAIClientLatest", "OpenAIClientAsyncLatest", "AudioServiceLatest", "RealtimeServiceLatest",
      "RealtimeCallServiceLatest", "DecisionService", "SafetyService", "SafetyCaseService", "SafetyAlertService",
      "LiveService", "LiveSessionService", "AudioVoiceService", "AudioVoiceConsentService", "WebhookService",
      "WebhookEventTypeService", "RealtimeTranslationService", "RealtimeTranslationClientSecretService");

  /** Runs inside the recording class loader: wraps both clients and reaches every baseline service. */
  public static final class Walk implements Supplier<String> {
    @Override
    public String get() {
      OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("sk-proj-fixture0123456789").build();
      OpenAIClient traced = OpenAiTracing.wrap(client, OpenTelemetry.noop());
      OpenAIClientAsync tracedAsync = OpenAiTracing.wrap(client.async(), OpenTelemetry.noop());
      traced.audio().speech();
      traced.realtime().calls();
      traced.withOptions(b -> {}).async().audio().transcriptions();
      tracedAsync.realtime().clientSecrets();
      tracedAsync.sync().videos();
      return traced.getClass().getName();
    }
  }

  private static final class Recording extends URLClassLoader {
    final Set<String> defined = ConcurrentHashMap.newKeySet();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> found = super.findClass(name);
      defined.add(name);
      return found;
    }
  }

  @Test
  void theNewerViewsAreLoadedOnlyOnAnSdkThatHasTheirTypes() throws Exception {
    boolean newest = !"4.52.0".equals(System.getProperty("tracepoet.openai.expected-sdk-version"));
    try (Recording loader = new Recording(classPath())) {
      @SuppressWarnings("unchecked")
      Supplier<String> walk = (Supplier<String>) loader.loadClass(Walk.class.getName()).getConstructor().newInstance();
      String wrapper = walk.get();
      assertEquals(newest ? "dev.tracepoet.openai.internal.TracedOpenAIClientLatestView"
          : "dev.tracepoet.openai.internal.TracedOpenAIClientView", wrapper);
      Set<String> newer = loader.defined.stream()
          .filter(name -> name.startsWith("dev.tracepoet.openai.internal."))
          .filter(name -> NEWER_VIEWS.stream().anyMatch(view -> name.substring(name.lastIndexOf('.') + 1).matches("(Traced)?" + view + "(Async)?View.*")))
          .collect(Collectors.toSet());
      assertTrue(loader.defined.contains("dev.tracepoet.openai.internal.TracedOpenAIClientView") || newest,
          "the recording loader defined the module's classes itself");
      if (newest) {
        assertTrue(newer.contains("dev.tracepoet.openai.internal.TracedOpenAIClientLatestView"), "loaded: " + newer);
      } else {
        assertTrue(newer.isEmpty(), "views naming types 4.52.0 lacks were loaded: " + newer);
        assertFalse(loader.defined.contains("dev.tracepoet.openai.internal.ClientViews$Latest"));
      }
    }
  }

  /** The test class path, with surefire's manifest-only booter jar expanded by URLClassLoader itself. */
  private static URL[] classPath() throws MalformedURLException {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    URL[] urls = new URL[entries.length];
    for (int i = 0; i < entries.length; i++) {
      urls[i] = new File(entries[i]).toURI().toURL();
    }
    return urls;
  }
}
