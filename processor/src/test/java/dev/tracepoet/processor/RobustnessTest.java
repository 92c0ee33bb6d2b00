package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The processor never crashes: malformed and odd inputs either compile or fail with diagnostics
 * (tracepoet's own, or javac's for inputs that are broken regardless of tracepoet); types generated
 * by other processors in later rounds are waited for; the processor runs on JDK 17 and JDK 25.
 */
class RobustnessTest {

  /** What an input of the corpus must do. */
  enum Outcome {
    COMPILES,
    TRACEPOET_ERROR,
    JAVAC_ERROR
  }

  static Arguments input(String name, Outcome outcome, String... lines) {
    return Arguments.of(name, outcome, String.join("\n", lines));
  }

  private static final String IMPORTS =
      "import dev.tracepoet.annotations.*; import java.util.*; import java.util.concurrent.*; import java.io.*;";

  static List<Arguments> corpus() {
    List<Arguments> corpus = new ArrayList<>();
    corpus.add(input("syntax error elsewhere in the file", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint String a(); }",
        "class Broken { void m() { int x = ; } }"));
    corpus.add(input("missing parameter type", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(requestTags = \"model\") String a(Missing request); }"));
    corpus.add(input("missing return type", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(responseTags = \"id\") Missing a(); }"));
    corpus.add(input("missing hook class", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(hook = NoSuchHook.class) String a(); }"));
    corpus.add(input("missing type behind a tag path", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "record Req(Missing model) {}",
        "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint(requestTags = \"model.name\") String a(Req r); }"));
    corpus.add(input("annotation missing its required integration", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient interface Api { @TracedEndpoint String a(); }"));
    corpus.add(input("integration of the wrong type", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = 42) interface Api { }"));
    corpus.add(input("empty integration", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"\") interface Api { }"));
    corpus.add(input("unicode integration", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"ø\") interface Api { }"));
    corpus.add(input("empty interface", Outcome.COMPILES,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api { }"));
    corpus.add(input("unicode names", Outcome.COMPILES,
        "package p; " + IMPORTS, "record Ñandú(String größe) {}",
        "@TracedClient(integration = \"x\") interface Ωmega {",
        "  @TracedEndpoint(name = \"créer\", requestTags = {\"größe\"}) String λ(Ñandú ñ); }"));
    corpus.add(input("empty tag", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(requestTags = \"\") String a(String s); }"));
    corpus.add(input("tag of only dots", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(requestTags = \"...\") String a(String s); }"));
    corpus.add(input("tag with spaces and equals", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(requestTags = \" = = \") String a(String s); }"));
    corpus.add(input("endpoint on a class method", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "class Impl { @TracedEndpoint public String a() { return null; } }"));
    corpus.add(input("endpoint on a static interface method", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint static String a() { return null; } }"));
    corpus.add(input("client on an enum", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") enum E { A }"));
    corpus.add(input("client on an annotation", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") @interface A { }"));
    corpus.add(input("client on a record", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") record R(int a) { }"));
    corpus.add(input("client on a private nested interface", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "class Outer { @TracedClient(integration = \"x\") private interface Api { } }"));
    // javac never shows local types to annotation processors, so nothing is generated or reported.
    corpus.add(input("client on a local interface", Outcome.COMPILES,
        "package p; " + IMPORTS, "class Outer { void m() { @TracedClient(integration = \"x\") interface Api { } } }"));
    corpus.add(input("raw future", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @SuppressWarnings(\"rawtypes\") @TracedEndpoint CompletableFuture a(); }"));
    corpus.add(input("wildcard future", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint CompletableFuture<?> a(); }"));
    corpus.add(input("plain Future", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint Future<String> a(); }"));
    corpus.add(input("IntStream", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS + " import java.util.stream.*;",
        "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint IntStream a(); }"));
    corpus.add(input("hook is an interface", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "interface H { }",
        "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint(hook = H.class) String a(); }"));
    corpus.add(input("hook is String", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS,
        "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint(hook = String.class) String a(); }"));
    corpus.add(input("prompt path that is not text", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "record Req(int size) {}",
        "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint(prompt = \"size\") String a(Req r); }"));
    corpus.add(input("usage without counts", Outcome.TRACEPOET_ERROR,
        "package p; " + IMPORTS, "record U(String x) {} record Resp(U usage) {}",
        "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint(usage = \"usage\") Resp a(); }"));
    corpus.add(input("self-referencing types", Outcome.COMPILES,
        "package p; " + IMPORTS, "final class Node { public Node next() { return this; } public String name() { return \"\"; } }",
        "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(responseTags = {\"next.next.next.name\"}) Node a(); }"));
    corpus.add(input("deeply generic types", Outcome.COMPILES,
        "package p; " + IMPORTS, "record Box<T>(T value) {}",
        "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint(responseTags = {\"value.value.value\"}) Box<Box<Box<String>>> a(); }"));
    corpus.add(input("both annotations on the same interface method twice-declared", Outcome.COMPILES,
        "package p; " + IMPORTS, "interface Base { @TracedEndpoint(name = \"a\") String a(); }",
        "@TracedClient(integration = \"x\") interface Api extends Base { @Override String a(); }"));
    corpus.add(input("huge interface (150 endpoints)", Outcome.COMPILES, huge(150)));
    corpus.add(input("annotation on a package-info-like odd place: a field in an interface", Outcome.JAVAC_ERROR,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api { @TracedEndpoint String X = \"\"; }"));
    corpus.add(input("method named like generated members", Outcome.COMPILES,
        "package p; " + IMPORTS, "@TracedClient(integration = \"x\") interface Api {",
        "  @TracedEndpoint String delegate(String wrap); @TracedEndpoint String wrapIt(String delegate);",
        "  String span(); }"));
    return corpus;
  }

  private static String huge(int endpoints) {
    StringBuilder source = new StringBuilder("package p; " + IMPORTS + "\nrecord Req(String model, Optional<Integer> n) {}\n");
    source.append("@TracedClient(integration = \"x\") interface Api {\n");
    IntStream.range(0, endpoints)
        .forEach(i -> source.append("  @TracedEndpoint(requestTags = {\"model\", \"n\"}) String m").append(i).append("(Req r);\n"));
    return source.append("}\n").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void neverCrashes(String name, Outcome outcome, String source) {
    String type = source.contains("interface Ωmega") ? "p.Ωmega" : "p.Api";
    JavaFileObject file = JavaFileObjects.forSourceString(type, source);
    // The corpus declares helper types beside the interface in one file.
    Compilation compilation = Compilations.compile(List.of("-Xlint:all,-processing,-auxiliaryclass"), file);
    String errors =
        compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    assertFalse(errors.contains("threw an uncaught exception"), errors);
    assertFalse(errors.contains("[tracepoet:InternalError]"), errors);
    switch (outcome) {
      case COMPILES:
        assertThat(compilation).succeededWithoutWarnings();
        break;
      case TRACEPOET_ERROR:
        assertThat(compilation).failed();
        assertTrue(errors.contains("[tracepoet:"), () -> "expected a tracepoet diagnostic, got:\n" + errors);
        break;
      default:
        assertThat(compilation).failed();
    }
  }

  @Test
  void typesGeneratedInALaterRoundAreWaitedFor() {
    JavaFileObject api =
        Compilations.source(
            "p.Api",
            "package p;",
            "import dev.tracepoet.annotations.*;",
            "@TracedClient(integration = \"x\")",
            "interface Api {",
            "  @TracedEndpoint(responseTags = \"id\") LateResponse get(LateRequest request);",
            "}");
    JavaFileObject trigger = Compilations.source("p.Trigger", "package p;", "@GenerateLate class Trigger {}");
    JavaFileObject marker =
        Compilations.source("p.GenerateLate", "package p;", "@interface GenerateLate {}");
    TracedProcessor traced = new TracedProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(traced, new LateTypesProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(api, trigger, marker);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.TracedApi");
    assertEquals(List.of(), traced.internalErrors());
  }

  @Test
  void aTypeThatNeverAppearsIsReportedOnceInTheLastRound() {
    JavaFileObject api =
        Compilations.source(
            "p.Api",
            "package p;",
            "import dev.tracepoet.annotations.*;",
            "@TracedClient(integration = \"x\")",
            "interface Api {",
            "  @TracedEndpoint(responseTags = \"id\") NeverGenerated get();",
            "}");
    Compilation compilation = Compilations.compile(api);
    assertThat(compilation).failed();
    // javac reports the missing type itself, once; tracepoet adds one warning saying why no wrapper
    // was written, in the last round only (not once per round).
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    long warnings =
        compilation.warnings().stream()
            .filter(d -> d.getMessage(Locale.ROOT).contains("[tracepoet:UnresolvedType]"))
            .count();
    assertEquals(1, warnings, () -> compilation.diagnostics().toString());
    assertThat(compilation).hadWarningContaining("no wrapper was generated for p.Api because type NeverGenerated");
  }

  /** Generates {@code p.LateRequest} and {@code p.LateResponse} in its first round. */
  static final class LateTypesProcessor extends AbstractProcessor {
    private boolean done;

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
        JavaFile.builder("p", TypeSpec.classBuilder("LateRequest").addModifiers(Modifier.FINAL).build())
            .build()
            .writeTo(processingEnv.getFiler());
        JavaFile.builder(
                "p",
                TypeSpec.classBuilder("LateResponse")
                    .addModifiers(Modifier.FINAL)
                    .addMethod(
                        com.palantir.javapoet.MethodSpec.methodBuilder("id")
                            .addModifiers(Modifier.PUBLIC)
                            .returns(String.class)
                            .addStatement("return $S", "late")
                            .build())
                    .build())
            .build()
            .writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
      }
      return false;
    }
  }

  /** The same sources compile with JDK 17's javac (above) and with JDK 25's, when installed. */
  @Test
  void worksOnJava25() throws Exception {
    Path jdk25 = Paths.get(System.getProperty("tracepoet.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    Path javac = jdk25.resolve("bin/javac");
    // On CI the machines have JDK 25 installed: a missing one is a broken environment, not a skip.
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertTrue(Files.isExecutable(javac), "CI=true but no JDK 25 at " + jdk25 + " (set -Dtracepoet.jdk25)");
    } else {
      assumeTrue(Files.isExecutable(javac), "no JDK 25 at " + jdk25);
    }
    Path dir = Files.createTempDirectory("tracepoet-jdk25");
    Path sources = Files.createDirectories(dir.resolve("src/test"));
    Files.writeString(sources.resolve("Chat.java"),
        TracedClientGenerationTest.CHAT_MODEL.getCharContent(true), StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("ChatApi.java"),
        TracedClientGenerationTest.CHAT_API.getCharContent(true), StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    String classpath = System.getProperty("java.class.path");
    List<String> command =
        List.of(javac.toString(), "--release", "17", "-Xlint:all,-processing,-options", "-Werror",
            "-classpath", classpath, "-processorpath", classpath,
            "-processor", TracedProcessor.class.getName(),
            "-d", out.toString(), "-s", generated.toString(),
            sources.resolve("Chat.java").toString(), sources.resolve("ChatApi.java").toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    Path wrapper = generated.resolve("test/TracedChatApi.java");
    assertTrue(Files.exists(wrapper), output);
    assertTrue(Files.exists(out.resolve("test/TracedChatApi.class")));
    // Same processor, same input: the same output as on this JDK (the golden).
    Path golden =
        Paths.get(System.getProperty("golden.root", "src/test/resources/goldens"), "test/TracedChatApi.java");
    assertEquals(read(golden), read(wrapper));
    assertTrue(new File(out.toFile(), "test/TracedChatApi.class").length() > 0);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
