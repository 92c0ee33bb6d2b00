package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Gradle's isolating mode is honest: the processor is declared isolating, and every generated file
 * names exactly one originating element, its interface (also for inherited endpoints).
 */
class IncrementalProcessingTest {

  @Test
  void declaredIsolatingForGradle() throws IOException {
    try (InputStream in =
        TracedProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertTrue(in != null, "META-INF/gradle/incremental.annotation.processors is missing");
      assertEquals(
          TracedProcessor.class.getName() + ",isolating",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void everyGeneratedFileHasExactlyItsInterfaceAsOriginatingElement() {
    JavaFileObject base =
        Compilations.source(
            "inc.Base",
            "package inc;",
            "import dev.tracepoet.annotations.TracedEndpoint;",
            "public interface Base { @TracedEndpoint(requestTags = \"id\") String get(String id); }");
    JavaFileObject first =
        Compilations.source(
            "inc.First",
            "package inc;",
            "import dev.tracepoet.annotations.TracedClient;",
            "@TracedClient(integration = \"inc\") public interface First extends Base {}");
    JavaFileObject second =
        Compilations.source(
            "inc.Outer",
            "package inc;",
            "import dev.tracepoet.annotations.*;",
            "public class Outer {",
            "  @TracedClient(integration = \"inc\") public interface Api { @TracedEndpoint String ping(); }",
            "}");
    Set<String> generated = new LinkedHashSet<>();
    Map<String, List<String>> origins = new HashMap<>();
    TracedProcessor processor = new TracedProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new TracedClientErrorsTest.RecordingProcessor(processor, generated, origins))
            .withOptions("-Xlint:all,-processing")
            .compile(base, first, second);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), processor.internalErrors());
    assertEquals(Set.of("inc.TracedFirst", "inc.TracedOuter_Api"), generated);
    assertEquals(List.of("inc.First"), origins.get("inc.TracedFirst"));
    assertEquals(List.of("inc.Outer.Api"), origins.get("inc.TracedOuter_Api"));
  }
}
