package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A client that mentions a type another processor (or tracepoet itself) generates in a later round
 * is deferred, not reported: superinterface, parameter, hook class, result adapter, a request
 * model whose component type is generated, and another client's wrapper. Each case compiles
 * without warnings and the wrapper is written once the type exists (AutoValue's
 * {@code referencingGeneratedClass}).
 */
class DeferralTest {
  private static final Pattern DECLARED = Pattern.compile("(?:interface|record|class) (\\w+)");
  private static final String IMPORTS =
      "import dev.tracepoet.annotations.*; import dev.tracepoet.runtime.*; import java.util.List;";

  @Test
  void superinterfaceGeneratedLater() {
    Compilation compilation =
        compile(
            Map.of("p.LateBase", "package p; " + IMPORTS
                + " public interface LateBase { @TracedEndpoint(responseTags = \"length\") String get(String q); }"),
            "@TracedClient(integration = \"x\") interface Api extends LateBase {}");
    assertWrapperContains(compilation, "getHook.call(q, this.getCall)");
  }

  @Test
  void hookClassGeneratedLater() {
    Compilation compilation =
        compile(
            Map.of("p.LateHook", "package p; " + IMPORTS
                + " public abstract class LateHook extends EndpointHook<String, String> {"
                + " protected LateHook(Endpoint endpoint) { super(endpoint); } }"),
            "@TracedClient(integration = \"x\") interface Api {"
                + " @TracedEndpoint(hook = LateHook.class) String get(String q); }");
    assertWrapperContains(compilation, "extends LateHook");
  }

  @Test
  void resultAdapterGeneratedLater() {
    Compilation compilation =
        compile(
            Map.of(
                "p.Feed", "package p; public interface Feed<E> { E next(); }",
                "p.LateAdapter", "package p; " + IMPORTS
                    + " public final class LateAdapter<E> implements ResultAdapter<Feed<E>, E> {"
                    + " @Override public Feed<E> adapt(Feed<E> feed, CallObserver<E> call) {"
                    + " call.complete(); return feed; } }"),
            "@TracedClient(integration = \"x\", adapters = LateAdapter.class) interface Api {"
                + " @TracedEndpoint Feed<String> feed(); }");
    assertWrapperContains(compilation, "feedHook.callAdapted(null, this.feedCall, FEED_ADAPTER)");
  }

  @Test
  void modelComponentGeneratedLater() {
    Compilation compilation =
        compile(
            Map.of("p.LateModel", "package p; public record LateModel(String name) {}"),
            "record Request(LateModel model) {}",
            "@TracedClient(integration = \"x\") interface Api {"
                + " @TracedEndpoint(requestTags = \"model.name\") String get(Request request); }");
    assertWrapperContains(compilation, "REQUEST_MODEL_NAME");
  }

  @Test
  void anotherClientsWrapper() {
    // TracedInner is written by tracepoet in the first round; Outer waits for it.
    Compilation compilation =
        compile(
            Map.of(),
            "@TracedClient(integration = \"x\") interface Inner { @TracedEndpoint String get(String q); }",
            "@TracedClient(integration = \"x\") interface Api {"
                + " @TracedEndpoint(responseTags = \"length\") String describe(TracedInner inner); }");
    assertThat(compilation).generatedSourceFile("p.TracedInner");
    assertWrapperContains(compilation, "describeHook.call(inner, this.describeCall)");
  }

  private static void assertWrapperContains(Compilation compilation, String code) {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.TracedApi").contentsAsUtf8String().contains(code);
  }

  /**
   * Compiles {@code declarations} (each a type in package {@code p}, in its own file) with tracepoet and a processor
   * writing {@code late} (qualified name → source) in the first round.
   */
  private static Compilation compile(Map<String, String> late, String... declarations) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String declaration : declarations) {
      // Each in its own file, named after the type it declares.
      Matcher name = DECLARED.matcher(declaration);
      name.find();
      sources.add(Compilations.source("p." + name.group(1), "package p;", IMPORTS, declaration));
    }
    sources.add(Compilations.source("p.Trigger", "package p;", "@GenerateLate class Trigger {}"));
    sources.add(Compilations.source("p.GenerateLate", "package p;", "@interface GenerateLate {}"));
    TracedProcessor traced = new TracedProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(traced, new LateSources(late))
            .withOptions("-Xlint:all,-processing")
            .compile(sources);
    assertEquals(List.of(), traced.internalErrors());
    return compilation;
  }

  /** Writes its sources in the first round that sees {@code p.GenerateLate}. */
  static final class LateSources extends AbstractProcessor {
    private final Map<String, String> sources;
    private boolean done;

    LateSources(Map<String, String> sources) {
      this.sources = sources;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("p.GenerateLate");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done || annotations.isEmpty()) {
        return false;
      }
      done = true;
      try {
        for (Map.Entry<String, String> source : sources.entrySet()) {
          try (Writer writer = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
            writer.write(source.getValue());
          }
        }
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
      }
      return false;
    }
  }
}
