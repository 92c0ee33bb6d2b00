package dev.tracepoet.it.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of {@link OpenAiApi} (and its variants) against the fixture server, its exported
 * spans compared with {@code src/test/resources/snapshots/openai/<scenario>.json}. Rewrite the
 * snapshots with {@code mvn verify -Dsnapshots.update=true}.
 */
class OpenAiSnapshotTest {
  static final String API_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789WXYZ";

  @TempDir static Path dir;
  private static OpenAiFixtureServer server;
  private static HttpOpenAiApi plain;
  private static Map<String, Upload> uploads;

  @BeforeAll
  static void startServer() throws Exception {
    server = OpenAiFixtureServer.start();
    plain = new HttpOpenAiApi(HttpClient.newHttpClient(), server.baseUrl(), API_KEY, null);
    uploads = OpenAiScenarios.uploads(dir);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioMatchesItsSnapshot() {
    return OpenAiScenarios.all(uploads).stream()
        .map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> run(scenario)));
  }

  private void run(OpenAiScenarios.Scenario scenario) {
    // a new exporter per scenario: closing the SDK shuts its exporter down
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    try (OpenTelemetrySdk otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build()) {
      OpenAiApi api = TracedOpenAiApi.wrap(plain, otel, scenario.settings());
      Object result = null;
      Exception thrown = null;
      try {
        result = scenario.call().run(api);
      } catch (Exception e) {
        thrown = e;
      }
      Exception error = thrown;
      if (scenario.expectedError() == null) {
        assertNull(error, () -> scenario + " failed: " + error);
        assertNotNull(result);
      } else {
        assertInstanceOf(scenario.expectedError(), error);
      }
      List<SpanData> finished = spans.getFinishedSpanItems();
      assertEquals(1, finished.size(), () -> "spans: " + finished);
      assertEquals(scenario.operation(), finished.get(0).getName());
      SpanSnapshots.assertMatchesSnapshot(scenario.name(), finished);
    }
  }

  @Test
  void everyOperationHasAtLeastOneSnapshotScenario() {
    Set<String> covered =
        OpenAiScenarios.all(Map.of()).stream()
            .map(OpenAiScenarios.Scenario::operation)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(OpenAiScenarios.OPERATIONS);
    expected.addAll(OpenAiScenarios.STREAMING_OPERATIONS);
    assertEquals(expected, covered);
    assertEquals(23, OpenAiScenarios.OPERATIONS.size());
  }
}
