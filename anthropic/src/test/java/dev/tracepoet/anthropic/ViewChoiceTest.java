package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.anthropic.internal.ClientViews;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client view chain fits the SDK on the class path, in both runs: with skills (2.10.0) the
 * skills-aware chain, without them (2.2.0) the plain one, whose client and beta service are still
 * traced and work, and no class the plain chain uses fails to load.
 */
class ViewChoiceTest extends AnthropicFixtureTest {
  /** What each tested SDK version has: whether {@code beta().skills()} exists. */
  private static final Map<String, Boolean> SKILLS_BY_VERSION = Map.of("2.2.0", false, "2.10.0", true);

  private static boolean sdkHasSkills() {
    return SkillsTest.sdkHasSkills();
  }

  @Test
  void skillsAreTracedExactlyWhenTheSdkHasThem() {
    String version = System.getProperty("tracepoet.anthropic.expected-sdk-version");
    if (SKILLS_BY_VERSION.containsKey(version)) {
      assertEquals(SKILLS_BY_VERSION.get(version), sdkHasSkills(), "SDK " + version);
    }
    assertEquals(sdkHasSkills(), ClientViews.skillsTraced(), "detected once from the SDK's class loader");
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    AnthropicClient traced = AnthropicTracing.wrap(client, otel, settings);
    AnthropicClientAsync tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
    String suffix = sdkHasSkills() ? "WithSkillsView" : "View";
    assertEquals("TracedAnthropicClient" + suffix, traced.getClass().getSimpleName());
    assertEquals("TracedAnthropicClientAsync" + suffix, tracedAsync.getClass().getSimpleName());
    assertEquals("TracedBetaService" + suffix, traced.beta().getClass().getSimpleName());
    assertEquals("TracedBetaServiceAsync" + suffix, tracedAsync.beta().getClass().getSimpleName());
    assertEquals("TracedAnthropicClient" + suffix, tracedAsync.sync().getClass().getSimpleName());
    assertEquals("TracedAnthropicClientAsync" + suffix, traced.async().getClass().getSimpleName());
    assertEquals("TracedAnthropicClient" + suffix, traced.withOptions(options -> {}).getClass().getSimpleName());
  }

  @Test
  void theClientAndItsBetaServiceAreTracedOnEitherChain() throws Exception {
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    AnthropicClient traced = AnthropicTracing.wrap(client, otel, settings);
    AnthropicClientAsync tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
    traced.messages().create(AnthropicTracingTest.chat("claude-sonnet-4-5"));
    traced.beta().messages().create(com.anthropic.models.beta.messages.MessageCreateParams.builder()
        .model("claude-sonnet-4-5").maxTokens(64).addUserMessage("What is a span?").build());
    traced.beta().models().list();
    traced.beta().files().list();
    traced.beta().messages().batches().list();
    tracedAsync.beta().models().list().get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().batches().list().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("chat claude-sonnet-4-5", "chat claude-sonnet-4-5", "beta.models.list", "beta.files.list",
            "beta.messages.batches.list", "beta.models.list", "beta.messages.batches.list"),
        spans.getFinishedSpanItems().stream().map(SpanData::getName).collect(Collectors.toList()));
  }

  /**
   * Loads and initialises (so links) every class of the module: with skills all of them; without,
   * exactly the skills-only ones fail ({@code NoClassDefFoundError}), and the plain chain's classes
   * all link.
   */
  @Test
  void withoutSkillsOnlyTheSkillsClassesFailToLoad() throws Exception {
    Map<String, String> failures = new TreeMap<>();
    ClassLoader loader = AnthropicTracing.class.getClassLoader();
    List<String> names = moduleClasses();
    assertTrue(names.size() > 40, "found the module's classes: " + names);
    for (String name : names) {
      try {
        Class.forName(name, true, loader);
      } catch (LinkageError e) {
        failures.put(name, e.toString());
      }
    }
    if (sdkHasSkills()) {
      assertEquals(Map.of(), failures);
    } else {
      assertTrue(failures.containsKey("dev.tracepoet.anthropic.internal.SkillServiceView"),
          "a skills view cannot load without SkillService (else this test proves nothing): " + failures);
      for (String failed : failures.keySet()) {
        assertTrue(failed.contains("Skill"), "only skills classes may fail to load: " + failures);
      }
    }
  }

  private static List<String> moduleClasses() throws URISyntaxException {
    Path root = Path.of(AnthropicTracing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(root), "the module's classes are a directory in this build: " + root);
    try (Stream<Path> files = Files.walk(root.resolve("dev/tracepoet/anthropic"))) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .map(file -> root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "."))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
