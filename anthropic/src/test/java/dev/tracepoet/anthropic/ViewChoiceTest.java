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
 * The client view chain fits the SDK on the class path, in every run: 3.x (3.14.0) the 3.x chain,
 * 2.x with skills (2.10.0) the skills-aware chain, without them (2.2.0) the plain one; the client
 * and its beta service are traced and work on each, and only the other chains' classes fail to load.
 */
class ViewChoiceTest extends AnthropicFixtureTest {
  /** What each tested SDK version has: whether {@code beta().skills()} exists. */
  private static final Map<String, Boolean> SKILLS_BY_VERSION = Map.of("2.2.0", false, "2.10.0", true, "3.14.0", true);

  /** The chain each tested SDK version gets. */
  private static final Map<String, ClientViews.Chain> CHAIN_BY_VERSION = Map.of("2.2.0", ClientViews.Chain.PLAIN,
      "2.10.0", ClientViews.Chain.SKILLS, "3.14.0", ClientViews.Chain.V3);

  /** Classes of the 2.x chains that name types 3.x removed or renamed (their names, without the package). */
  private static final java.util.regex.Pattern TWO_X_ONLY = java.util.regex.Pattern.compile(
      "(Traced)?(Completion[\\w$]*|SkillHooks[\\w$]*|Skill(Version)?Service(Async)?View[\\w$]*|BetaFileService(Async)?View[\\w$]*"
          + "|BetaHooks\\$File(Metadata|Delete|Upload)Hook|AnthropicClient(Async)?(WithSkills)?View[\\w$]*"
          + "|BetaService(Async)?(WithSkills)?View[\\w$]*)");

  private static boolean sdkHasSkills() {
    return SkillsTest.sdkHasSkills();
  }

  @Test
  void skillsAreTracedExactlyWhenTheSdkHasThem() {
    String version = System.getProperty("tracepoet.anthropic.expected-sdk-version");
    if (SKILLS_BY_VERSION.containsKey(version)) {
      assertEquals(SKILLS_BY_VERSION.get(version), sdkHasSkills(), "SDK " + version);
      assertEquals(CHAIN_BY_VERSION.get(version), ClientViews.chain(), "SDK " + version);
    }
    assertEquals(sdkHasSkills(), ClientViews.skillsTraced(), "detected once from the SDK's class loader");
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    AnthropicClient traced = AnthropicTracing.wrap(client, otel, settings);
    AnthropicClientAsync tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
    String suffix = ClientViews.chain() == ClientViews.Chain.V3 ? "V3View"
        : sdkHasSkills() ? "WithSkillsView" : "View";
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
   * Loads and initialises (so links) every class of the module: on 3.x only classes of the 2.x
   * chains fail ({@code NoClassDefFoundError}); on 2.x, leaving the 3.x ones aside (which may or
   * may not link there), with skills none fail, without exactly the skills-only ones.
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
    if (ClientViews.chain() == ClientViews.Chain.V3) {
      assertTrue(failures.containsKey("dev.tracepoet.anthropic.internal.CompletionServiceView"),
          "a completions view cannot load on 3.x (else this test proves nothing): " + failures);
      for (String failed : failures.keySet()) {
        assertTrue(TWO_X_ONLY.matcher(failed.substring(failed.lastIndexOf('.') + 1)).matches(),
            "only classes of the 2.x chains may fail to load on 3.x: " + failed + " in " + failures);
      }
      return;
    }
    failures.keySet().removeIf(name -> name.contains("V3")); // never loaded on 2.x by the module
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

  /**
   * Every wrapper of the chosen chain implements every method the SDK on the class path declares
   * for the service it wraps (a method the chain was not compiled with would be an {@code
   * AbstractMethodError} for the caller): the clients, {@code beta()} and the services below them
   * (on 2.10.0 and 3.14.0; see the assumption).
   */
  @Test
  void everyTracedServiceImplementsEveryMethodOfThisSdk() {
    // reflecting a wrapper's methods resolves all their types: the plain chain's wrappers forward
    // skills() (a type 2.2.0 lacks), so this check runs on the skills and 3.x chains
    org.junit.jupiter.api.Assumptions.assumeTrue(ClientViews.chain() != ClientViews.Chain.PLAIN);
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    AnthropicClient traced = AnthropicTracing.wrap(client, otel, settings);
    AnthropicClientAsync tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
    List<Object> services = new java.util.ArrayList<>(List.of(traced, tracedAsync, traced.messages(),
        traced.messages().batches(), traced.models(), traced.beta(), traced.beta().messages(),
        traced.beta().messages().batches(), traced.beta().models(), traced.beta().files(), tracedAsync.messages(),
        tracedAsync.models(), tracedAsync.beta(), tracedAsync.beta().messages(), tracedAsync.beta().files()));
    if (sdkHasSkills()) {
      services.add(SdkShape.call(traced.beta(), "skills"));
      services.add(SdkShape.call(tracedAsync.beta(), "skills"));
    }
    int checked = 0;
    for (Object service : services) {
      assertTrue(service.getClass().getSimpleName().startsWith("Traced"), "traced: " + service.getClass());
      for (Class<?> sdkType : service.getClass().getInterfaces()) {
        for (Class<?> declared : sdkType.getInterfaces()) {
          for (java.lang.reflect.Method method : declared.getMethods()) {
            if (java.lang.reflect.Modifier.isAbstract(method.getModifiers())) {
              java.lang.reflect.Method implementation;
              try {
                implementation = service.getClass().getMethod(method.getName(), method.getParameterTypes());
              } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
              }
              assertTrue(!java.lang.reflect.Modifier.isAbstract(implementation.getModifiers()),
                  service.getClass().getSimpleName() + " does not implement " + method);
              checked++;
            }
          }
        }
      }
    }
    assertTrue(checked > 100, "checked the SDK's methods: " + checked);
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
