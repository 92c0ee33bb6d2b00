package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test (or a few) per {@link Message}: every diagnostic fails the compilation, is counted exactly,
 * carries its stable {@code [tracepoet:Id]}, says what is wrong and how to fix it, and is positioned
 * on the offending element or, for annotation values, on the line of the offending value (which is
 * why every annotation value under test sits on its own line).
 *
 * <p>Tests that describe the correct behaviour but fail today are {@link Disabled} with a {@code
 * BUG:} reason.
 */
class TracedClientErrorsTest {

  // ---------------------------------------------------------------- shared inputs

  /** Request/response types the tag paths resolve against. */
  static final JavaFileObject MODEL =
      Compilations.source(
          "test.Model",
          "package test;",
          "import java.util.List;",
          "import java.util.Optional;",
          "public final class Model {",
          "  private Model() {}",
          "  public record Request(String model, int maxTokens, Optional<String> user, String other) {",
          "    public String header(String name) { return name; }",
          "    public void reset() {}",
          "  }",
          "  public record Response(String id, Usage usage, List<Choice> choices) {}",
          "  public record Usage(long totalTokens) {}",
          "  public record Choice(String finishReason) {}",
          "}");

  private static final String[] API_HEADER = {
    "package test;",
    "import dev.tracepoet.annotations.TracedClient;",
    "import dev.tracepoet.annotations.TracedEndpoint;",
    "import java.util.Iterator;",
    "import java.util.List;",
    "import java.util.concurrent.CompletableFuture;",
    "import java.util.stream.Stream;",
    "@TracedClient(integration = \"acme\")",
    "public interface Api {",
  };

  /** {@code test.Api}, a valid {@code @TracedClient} interface with the given body. */
  static JavaFileObject api(String... body) {
    List<String> lines = new ArrayList<>(Arrays.asList(API_HEADER));
    lines.addAll(Arrays.asList(body));
    lines.add("}");
    return Compilations.source("test.Api", lines.toArray(new String[0]));
  }

  /** Types whose sources the processor created, per compilation (see {@link RecordingProcessor}). */
  private static final Map<Compilation, Set<String>> GENERATED =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * Compiles {@code sources} together with {@link #MODEL}, like {@link Compilations#compile} (same
   * options, a fresh processor, and the same assertion that it never failed internally), but also
   * records which sources the processor created: compile-testing hides generated files of a failed
   * compilation, and these tests need to know that an invalid client was not generated while a
   * valid one next to it was.
   */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** {@link #compile(JavaFileObject...)} with extra javac options. */
  static Compilation compile(List<String> extraOptions, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>();
    all.add(MODEL);
    all.addAll(Arrays.asList(sources));
    List<String> options = new ArrayList<>();
    options.add("-Xlint:all,-processing");
    options.addAll(extraOptions);
    TracedProcessor processor = new TracedProcessor();
    Set<String> generated = new ConcurrentSkipListSet<>();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new RecordingProcessor(processor, generated))
            .withOptions(options)
            .compile(all);
    assertEquals(List.of(), processor.internalErrors(), "the processor must never fail internally");
    assertNoCrash(compilation);
    GENERATED.put(compilation, generated);
    return compilation;
  }

  /** Whether the processor created the source of {@code qualifiedName}, even if compilation failed. */
  static boolean generated(Compilation compilation, String qualifiedName) {
    return generatedTypes(compilation).contains(qualifiedName);
  }

  static Set<String> generatedTypes(Compilation compilation) {
    Set<String> generated = GENERATED.get(compilation);
    assertNotNull(generated, "compile with TracedClientErrorsTest.compile to record generated types");
    return generated;
  }

  /** Runs {@link TracedProcessor} unchanged, recording the names passed to its Filer. */
  static final class RecordingProcessor implements Processor {
    private final Processor delegate;
    private final Set<String> generated;
    private final Map<String, List<String>> origins;

    RecordingProcessor(Processor delegate, Set<String> generated) {
      this(delegate, generated, new java.util.HashMap<>());
    }

    /** Also records, per generated source, the originating elements passed to the Filer. */
    RecordingProcessor(Processor delegate, Set<String> generated, Map<String, List<String>> origins) {
      this.delegate = delegate;
      this.generated = generated;
      this.origins = origins;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      Filer filer = env.getFiler();
      Filer recording =
          new Filer() {
            @Override
            public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
                throws IOException {
              generated.add(name.toString());
              List<String> names = new java.util.ArrayList<>();
              for (Element origin : originatingElements) {
                names.add(origin.toString());
              }
              origins.put(name.toString(), names);
              return filer.createSourceFile(name, originatingElements);
            }

            @Override
            public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
                throws IOException {
              return filer.createClassFile(name, originatingElements);
            }

            @Override
            public FileObject createResource(
                JavaFileManager.Location location,
                CharSequence moduleAndPkg,
                CharSequence relativeName,
                Element... originatingElements)
                throws IOException {
              return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
            }

            @Override
            public FileObject getResource(
                JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
                throws IOException {
              return filer.getResource(location, moduleAndPkg, relativeName);
            }
          };
      delegate.init(
          new ProcessingEnvironment() {
            @Override
            public Map<String, String> getOptions() {
              return env.getOptions();
            }

            @Override
            public Messager getMessager() {
              return env.getMessager();
            }

            @Override
            public Filer getFiler() {
              return recording;
            }

            @Override
            public Elements getElementUtils() {
              return env.getElementUtils();
            }

            @Override
            public Types getTypeUtils() {
              return env.getTypeUtils();
            }

            @Override
            public SourceVersion getSourceVersion() {
              return env.getSourceVersion();
            }

            @Override
            public Locale getLocale() {
              return env.getLocale();
            }

            @Override
            public boolean isPreviewEnabled() {
              return env.isPreviewEnabled();
            }
          });
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      return delegate.process(annotations, roundEnv);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  /**
   * Asserts that the compilation failed with exactly {@code count} errors, one of which contains
   * {@code [tracepoet:id]} and every one of {@code words}, in {@code file} on the line containing
   * {@code line}.
   */
  static void assertError(
      Compilation compilation, int count, String id, JavaFileObject file, String line, String... words) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(count);
    assertThat(compilation)
        .hadErrorContaining("[tracepoet:" + id + "]")
        .inFile(file)
        .onLineContaining(line);
    List<Diagnostic<? extends JavaFileObject>> matching =
        compilation.errors().stream()
            .filter(d -> message(d).contains("[tracepoet:" + id + "]"))
            .filter(d -> Arrays.stream(words).allMatch(w -> message(d).contains(w)))
            .collect(Collectors.toList());
    assertFalse(
        matching.isEmpty(),
        () -> "no [tracepoet:" + id + "] error contains all of " + Arrays.toString(words)
            + "; errors were:\n" + errors(compilation));
    for (String word : words) {
      assertThat(compilation).hadErrorContaining(word).inFile(file).onLineContaining(line);
    }
  }

  /** The single-error case. */
  static void assertSingleError(
      Compilation compilation, String id, JavaFileObject file, String line, String... words) {
    assertError(compilation, 1, id, file, line, words);
  }

  static String message(Diagnostic<?> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  static String errors(Compilation compilation) {
    return compilation.errors().stream()
        .map(d -> d.getLineNumber() + ": " + message(d))
        .collect(Collectors.joining("\n"));
  }

  /** No diagnostic of the compilation may come from an uncaught exception. */
  static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<?> d : compilation.diagnostics()) {
      assertFalse(
          message(d).contains("An annotation processor threw an uncaught exception")
              || message(d).contains("[tracepoet:InternalError]"),
          () -> "processor crashed: " + message(d));
    }
  }

  // ---------------------------------------------------------------- NotAnInterface

  @Nested
  class NotAnInterface {
    private JavaFileObject type(String declaration) {
      return Compilations.source(
          "test.Api",
          "package test;",
          "import dev.tracepoet.annotations.TracedClient;",
          "@TracedClient(",
          "    integration = \"acme\")",
          declaration);
    }

    @Test
    void onClass() {
      JavaFileObject src = type("public class Api {}");
      assertSingleError(compile(src), "NotAnInterface", src, "@TracedClient(",
          "only allowed on interfaces", "Api is a class", "Annotate the client interface");
    }

    @Test
    void onAbstractClass() {
      JavaFileObject src = type("public abstract class Api {}");
      assertSingleError(compile(src), "NotAnInterface", src, "@TracedClient(",
          "only allowed on interfaces", "class");
    }

    @Test
    void onEnum() {
      JavaFileObject src = type("public enum Api { A }");
      assertSingleError(compile(src), "NotAnInterface", src, "@TracedClient(",
          "only allowed on interfaces", "enum", "Annotate the client interface");
    }

    @Test
    void onAnnotationType() {
      JavaFileObject src = type("public @interface Api {}");
      assertSingleError(compile(src), "NotAnInterface", src, "@TracedClient(",
          "only allowed on interfaces", "annotation type", "Annotate the client interface");
    }

    @Test
    void onRecord() {
      JavaFileObject src = type("public record Api(String a) {}");
      assertSingleError(compile(src), "NotAnInterface", src, "@TracedClient(",
          "only allowed on interfaces", "Api is a record", "Annotate the client interface");
    }
  }

  // ---------------------------------------------------------------- PrivateInterface

  @Nested
  class PrivateInterface {
    @Test
    void privateNestedInterface() {
      JavaFileObject src =
          Compilations.source(
              "test.Outer",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "public class Outer {",
              "  @TracedClient(integration = \"acme\")",
              "  private interface Api {",
              "    String get();",
              "  }",
              "}");
      assertSingleError(compile(src), "PrivateInterface", src, "@TracedClient(",
          "test.Outer.Api", "private", "cannot implement", "Make it (and its enclosing types) package-private or public");
    }

    @Test
    void interfaceNestedInPrivateClass() {
      JavaFileObject src =
          Compilations.source(
              "test.Outer",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "public class Outer {",
              "  private static class Hidden {",
              "    @TracedClient(integration = \"acme\")",
              "    interface Api {",
              "      String get();",
              "    }",
              "  }",
              "}");
      assertSingleError(compile(src), "PrivateInterface", src, "@TracedClient(",
          "test.Outer.Hidden.Api", "nested in a private type", "package-private or public");
    }

    @Test
    void nestedInsideInterfaceNestedInPrivateClass() {
      JavaFileObject src =
          Compilations.source(
              "test.Outer",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "public class Outer {",
              "  private interface Hidden {",
              "    @TracedClient(integration = \"acme\")",
              "    interface Api {",
              "      String get();",
              "    }",
              "  }",
              "}");
      assertSingleError(compile(src), "PrivateInterface", src, "@TracedClient(",
          "test.Outer.Hidden.Api", "private");
    }
  }

  // ---------------------------------------------------------------- LocalInterface

  @Nested
  class LocalInterface {
    /** Documents today's behaviour: the local interface is ignored, silently and without crashing. */
    @Test
    void localInterfaceDoesNotCrash() {
      JavaFileObject src =
          Compilations.source(
              "test.Holder",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "public class Holder {",
              "  void method() {",
              "    @TracedClient(integration = \"acme\")",
              "    interface Local {",
              "      String get();",
              "    }",
              "  }",
              "}");
      Compilation compilation = compile(src);
      assertNoCrash(compilation);
      assertTrue(generatedTypes(compilation).isEmpty(), "no wrapper for a local interface");
    }
  }

  // ---------------------------------------------------------------- InvalidIntegration

  @Nested
  class InvalidIntegration {
    private JavaFileObject client(String integration) {
      return Compilations.source(
          "test.Api",
          "package test;",
          "import dev.tracepoet.annotations.TracedClient;",
          "@TracedClient(",
          "    integration = \"" + integration + "\")",
          "public interface Api {",
          "  String get();",
          "}");
    }

    private void assertInvalid(String integration) {
      JavaFileObject src = client(integration);
      Compilation compilation = compile(src);
      assertSingleError(compilation, "InvalidIntegration", src, "integration = \"" + integration + "\"",
          "integration \"" + integration + "\"", "not a valid attribute namespace",
          "lower-case letters, digits", "e.g. \"openai\"");
      assertTrue(generatedTypes(compilation).isEmpty(), "no wrapper for an invalid client");
    }

    @Test
    void upperCase() {
      assertInvalid("OpenAI");
    }

    @Test
    void empty() {
      assertInvalid("");
    }

    @Test
    void trailingDot() {
      assertInvalid("openai.");
    }

    @Test
    void startsWithDigit() {
      assertInvalid("1openai");
    }

    @Test
    void emptySegment() {
      assertInvalid("acme..billing");
    }

    @Test
    void blank() {
      assertInvalid("  ");
    }

    @Test
    void validNamespacesAreAccepted() {
      for (String integration : List.of("openai", "acme.billing", "a_b1.c2")) {
        assertThat(compile(client(integration))).succeededWithoutWarnings();
      }
    }
  }

  // ---------------------------------------------------------------- EndpointOutsideClient

  @Nested
  class EndpointOutsideClient {
    @Test
    void onClassMethod() {
      JavaFileObject src =
          Compilations.source(
              "test.Impl",
              "package test;",
              "import dev.tracepoet.annotations.TracedEndpoint;",
              "public class Impl {",
              "  @TracedEndpoint(name = \"call\")",
              "  public String call() { return \"\"; }",
              "}");
      assertSingleError(compile(src), "EndpointOutsideClient", src, "@TracedEndpoint(",
          "Impl.call()", "has no effect", "Impl is not an interface",
          "Put it on an abstract or default method of a @TracedClient interface");
    }

    @Test
    void onStaticInterfaceMethod() {
      JavaFileObject src =
          api(
              "  String get();",
              "  @TracedEndpoint(name = \"make\")",
              "  static Api make() { return null; }");
      assertSingleError(compile(src), "EndpointOutsideClient", src, "@TracedEndpoint(",
          "Api.make()", "has no effect", "static interface methods are not implemented",
          "Put it on an abstract or default method");
    }

    @Test
    void onPrivateInterfaceMethod() {
      JavaFileObject src =
          api(
              "  default String get() { return helper(); }",
              "  @TracedEndpoint(name = \"helper\")",
              "  private String helper() { return \"\"; }");
      assertSingleError(compile(src), "EndpointOutsideClient", src, "@TracedEndpoint(",
          "Api.helper()", "private interface methods are not implemented");
    }

    @Test
    void staticMethodOfValidClientStopsItsGeneration() {
      JavaFileObject src =
          api(
              "  String get();",
              "  @TracedEndpoint(name = \"make\")",
              "  static Api make() { return null; }");
      Compilation compilation = compile(src);
      assertThat(compilation).failed();
      assertFalse(
          generated(compilation, "test.TracedApi"),
          "a client with an error must not be generated");
    }
  }

  // ---------------------------------------------------------------- shared default names

  /**
   * Several endpoints may share a default name (overloads, the sync and async forms of one
   * operation): a span name names an operation (issue 10, item 8). There is no diagnostic; the
   * generated member names are allocated so they never clash.
   */
  @Nested
  class SharedDefaultName {
    @Test
    void overloadsWithoutNameShareTheMethodName() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint",
              "  Model.Response create(Model.Request request);",
              "  @TracedEndpoint",
              "  Model.Response create(Model.Request request, int attempts);");
      Compilation compilation = compile(src);
      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(generated(compilation, "test.TracedApi"));
    }

    @Test
    void syncAndAsyncFormsShareAnExplicitName() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(name = \"create\")",
              "  Model.Response create(Model.Request request);",
              "  @TracedEndpoint(name = \"create\")",
              "  CompletableFuture<Model.Response> createAsync(Model.Request request);");
      assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void explicitNameEqualToOtherMethodName() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint",
              "  Model.Response create(Model.Request request);",
              "  @TracedEndpoint(name = \"create\")",
              "  Model.Response second(Model.Request request);");
      assertThat(compile(src)).succeededWithoutWarnings();
    }
  }

  // ---------------------------------------------------------------- EmptyName

  @Nested
  class EmptyName {
    @Test
    void blankName() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      name = \"  \")",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertSingleError(compilation, "EmptyName", src, "name = \"  \"",
          "@TracedEndpoint(name = \"  \") is blank", "Remove it to use the method name");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void tabName() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      name = \"\\t\")",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "EmptyName", src, "name = \"\\t\"", "is blank");
    }
  }

  // ---------------------------------------------------------------- UnknownRequestTag

  @Nested
  class UnknownRequestTag {
    @Test
    void nearMissSuggestsProperty() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model\",",
              "      \"modle\"})",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertSingleError(compilation, "UnknownRequestTag", src, "\"modle\"",
          "request tag \"modle\" does not resolve", "has no property \"modle\"", "available:",
          "maxTokens", "Did you mean \"model\"?");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void unknownParameterOfMultiParameterMethod() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model\",",
              "      \"usr\"})",
              "  void delete(String model, String user);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"usr\"",
          "request tag \"usr\" does not resolve", "\"usr\" is not a parameter of Api.delete(String, String)",
          "parameters: model, user", "Did you mean \"user\"?");
    }

    @Test
    void unknownParameterWithoutNearMiss() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"zzzzzzzz\"})",
              "  void delete(String model, String user);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"zzzzzzzz\"",
          "is not a parameter", "parameters: model, user", "Start the path with a parameter name");
    }

    @Test
    void methodWithoutParameters() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model\"})",
              "  Model.Response list();");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"model\"",
          "request tag \"model\" does not resolve", "Api.list() has no parameters");
    }

    @Test
    void pathThroughMethodTakingArguments() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"header\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"header\"",
          "request tag \"header\" does not resolve", "header(...), which takes arguments",
          "Only no-argument methods that return a value, getters and fields can be read");
    }

    @Test
    void pathThroughVoidMethod() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"request.reset\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"request.reset\"",
          "request tag \"request.reset\" does not resolve", "reset(), which returns void",
          "Only no-argument methods that return a value");
    }

    @Test
    void pathContinuingPastPrimitive() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"max_tokens.value\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"max_tokens.value\"",
          "request tag \"max_tokens.value\" does not resolve", "\"max_tokens\"", "int",
          "has no properties", "Remove \".value\"");
    }

    @Test
    void pathContinuingPastString() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model.nope\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"model.nope\"",
          "request tag \"model.nope\" does not resolve", "has no property \"nope\"");
    }

    @Test
    void pathIntoParameterOfMultiParameterMethod() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"request.modle\"})",
              "  Model.Response create(Model.Request request, int attempts);");
      assertSingleError(compile(src), "UnknownRequestTag", src, "\"request.modle\"",
          "has no property \"modle\"", "Did you mean \"model\"?");
    }
  }

  // ---------------------------------------------------------------- UnknownResponseTag

  @Nested
  class UnknownResponseTag {
    @Test
    void unknownProperty() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"id\",",
              "      \"usage.total_tokns\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownResponseTag", src, "\"usage.total_tokns\"",
          "response tag \"usage.total_tokns\" does not resolve", "has no property \"total_tokns\"",
          "totalTokens", "Did you mean \"totalTokens\"?");
    }

    @Test
    void unknownTopLevelProperty() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"idd\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownResponseTag", src, "\"idd\"",
          "response tag \"idd\" does not resolve", "has no property \"idd\"", "available:", "choices",
          "usage", "Did you mean \"id\"?");
    }

    @Test
    void objectMethodsAreNotProperties() {
      JavaFileObject hash =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"hash_code\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(hash), "UnknownResponseTag", hash, "\"hash_code\"",
          "response tag \"hash_code\" does not resolve", "(available: choices, id, usage)");
      JavaFileObject text =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"usage.to_string\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(text), "UnknownResponseTag", text, "\"usage.to_string\"",
          "(available: totalTokens)");
    }

    @Test
    void responseTagsOnVoidMethod() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"id\"})",
              "  void delete(Model.Request request);");
      assertSingleError(compile(src), "UnknownResponseTag", src, "\"id\"",
          "response tag \"id\" does not resolve", "Api.delete(Request) returns void", "Remove the response tags");
    }
  }

  // ---------------------------------------------------------------- UnknownTokenPath

  @Nested
  class UnknownTokenPath {
    @Test
    void unknownPromptPath() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      prompt = \"promt\")",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertSingleError(compilation, "UnknownTokenPath", src, "prompt = \"promt\"",
          "prompt path \"promt\" does not resolve", "has no property \"promt\"", "available:", "model");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void promptPathWithUnknownParameter() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      prompt = \"reqest.model\")",
              "  Model.Response create(Model.Request request, int attempts);");
      assertSingleError(compile(src), "UnknownTokenPath", src, "prompt = \"reqest.model\"",
          "prompt path \"reqest.model\" does not resolve", "\"reqest\" is not a parameter",
          "parameters: request, attempts", "Did you mean \"request\"?");
    }

    @Test
    void unknownUsagePath() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      usage = \"usag\")",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownTokenPath", src, "usage = \"usag\"",
          "usage path \"usag\" does not resolve", "has no property \"usag\"", "Did you mean \"usage\"?");
    }

    @Test
    void usageWithoutTokenCounts() {
      // Model.Usage only has totalTokens.
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      usage = \"usage\")",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownTokenPath", src, "usage = \"usage\"",
          "usage path \"usage\" does not resolve", "test.Model.Usage has no numeric prompt_tokens/input_tokens",
          "completion_tokens");
    }

    @Test
    void completionPathOnVoidMethod() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      completion = \"text\")",
              "  void delete(Model.Request request);");
      assertSingleError(compile(src), "UnknownTokenPath", src, "completion = \"text\"",
          "completion path \"text\" does not resolve", "Api.delete(Request) returns void", "Remove completion");
    }

    @Test
    void unknownCompletionPath() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      completion = \"choices.finish_resaon\")",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "UnknownTokenPath", src, "completion = \"choices.finish_resaon\"",
          "completion path \"choices.finish_resaon\" does not resolve", "Did you mean \"finishReason\"?");
    }

    @Test
    void allThreeReportedTogether() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      prompt = \"promt\",",
              "      completion = \"txt\",",
              "      usage = \"usag\")",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(3);
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownTokenPath] prompt path")
          .inFile(src).onLineContaining("prompt = \"promt\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownTokenPath] completion path")
          .inFile(src).onLineContaining("completion = \"txt\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownTokenPath] usage path")
          .inFile(src).onLineContaining("usage = \"usag\"");
    }
  }

  // ---------------------------------------------------------------- MalformedTag

  @Nested
  class MalformedTag {
    private void assertMalformed(String tag, String javaLiteral, String problem) {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model\",",
              "      " + javaLiteral + "})",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertSingleError(compilation, "MalformedTag", src, "      " + javaLiteral + "})",
          "tag \"" + tag + "\" is malformed", problem, "Write a dotted path such as",
          "\"tokens=usage.total_tokens\"");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void emptyString() {
      assertMalformed("", "\"\"", "the path is empty");
    }

    @Test
    void keyWithoutPath() {
      assertMalformed("key=", "\"key=\"", "the path is empty");
    }

    @Test
    void pathWithoutKey() {
      assertMalformed("=path", "\"=path\"", "the key before '=' is empty");
    }

    @Test
    void emptySegment() {
      assertMalformed("a..b", "\"a..b\"", "every segment of the path must be a Java identifier");
    }

    @Test
    void space() {
      assertMalformed("a b", "\"a b\"", "every segment of the path must be a Java identifier");
    }

    @Test
    void leadingDot() {
      assertMalformed(".model", "\".model\"", "every segment of the path must be a Java identifier");
    }

    @Test
    void invalidKey() {
      assertMalformed("my key=model", "\"my key=model\"", "the key \"my key\" may only contain");
    }

    @Test
    void malformedResponseTag() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"usage..total_tokens\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "MalformedTag", src, "\"usage..total_tokens\"",
          "tag \"usage..total_tokens\" is malformed", "Java identifier");
    }
  }

  // ---------------------------------------------------------------- DuplicateTagKey

  @Nested
  class DuplicateTagKey {
    @Test
    void explicitKeyRepeatsImplicitKey() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model\",",
              "      \"model=other\"})",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertSingleError(compilation, "DuplicateTagKey", src, "\"model=other\"",
          "tag \"model=other\"", "attribute key \"acme.request.model\"", "an earlier tag",
          "Remove one, or name the key explicitly", "\"other_key=other\"");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void sameTagTwice() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"id\", // first",
              "      \"id\"}) // second",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(src), "DuplicateTagKey", src, "// second",
          "attribute key \"acme.response.id\"");
    }

    @Test
    void snakeAndCamelCaseAreDifferentKeys() {
      // Not a duplicate: the key is the path as written.
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {\"max_tokens\", \"maxTokens\"})",
              "  Model.Response create(Model.Request request);");
      assertThat(compile(src)).succeeded();
    }

    @Test
    void sameKeyInRequestAndResponseIsNotADuplicate() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {\"id=model\"}, responseTags = {\"id\"})",
              "  Model.Response create(Model.Request request);");
      assertThat(compile(src)).succeeded();
    }
  }

  // ---------------------------------------------------------------- InvalidHook

  @Nested
  class InvalidHook {
    private JavaFileObject hook(String qualifiedName, String... body) {
      String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
      List<String> lines = new ArrayList<>();
      lines.add("package " + pkg + ";");
      lines.add("import dev.tracepoet.runtime.Endpoint;");
      lines.add("import dev.tracepoet.runtime.EndpointHook;");
      lines.add("import io.opentelemetry.api.trace.Span;");
      lines.add("import test.Model;");
      lines.addAll(Arrays.asList(body));
      return Compilations.source(qualifiedName, lines.toArray(new String[0]));
    }

    private JavaFileObject client(String hookClass) {
      return api(
          "  @TracedEndpoint(",
          "      name = \"create\",",
          "      hook = " + hookClass + ".class)",
          "  Model.Response create(Model.Request request);");
    }

    private void assertInvalidHook(
        String id, JavaFileObject hook, String hookClass, String qualifiedHook, String... words) {
      JavaFileObject src = client(hookClass);
      Compilation compilation = compile(hook, src);
      List<String> all = new ArrayList<>();
      all.add("hook " + qualifiedHook + " cannot be used for Api.create(Request)");
      all.addAll(Arrays.asList(words));
      assertSingleError(compilation, id, src, "hook = " + hookClass + ".class",
          all.toArray(new String[0]));
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void validHookIsAccepted() {
      JavaFileObject hook =
          hook("test.GoodHook",
              "public abstract class GoodHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected GoodHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      Compilation compilation = compile(hook, client("GoodHook"));
      assertThat(compilation).succeeded();
      assertTrue(generated(compilation, "test.TracedApi"));
    }

    @Test
    void notExtendingEndpointHook() {
      JavaFileObject hook =
          hook("test.NotAHook",
              "public abstract class NotAHook {",
              "  protected NotAHook(Endpoint endpoint) {}",
              "}");
      assertInvalidHook("HookNotEndpointHook", hook, "NotAHook", "test.NotAHook",
          "does not extend dev.tracepoet.runtime.EndpointHook", "extends EndpointHook<");
    }

    @Test
    void interfaceAsHook() {
      JavaFileObject hook = hook("test.HookInterface", "public interface HookInterface {}");
      assertInvalidHook("HookNotAClass", hook, "HookInterface", "test.HookInterface",
          "interface", "a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
    }

    @Test
    void finalHook() {
      JavaFileObject hook =
          hook("test.FinalHook",
              "public final class FinalHook extends EndpointHook<Model.Request, Model.Response> {",
              "  public FinalHook(Endpoint endpoint) { super(endpoint); }",
              "  @Override protected void recordRequest(Span span, Model.Request arguments) {}",
              "  @Override protected void preResponse(Span span, Model.Request arguments) {}",
              "  @Override protected void recordResponse(Span span, Model.Response response) {}",
              "  @Override protected void postResponse(",
              "      Span span, Model.Request arguments, Model.Response response, Throwable error) {}",
              "}");
      assertInvalidHook("FinalHook", hook, "FinalHook", "test.FinalHook", "it is final", "remove `final`");
    }

    @Test
    void packagePrivateHookInAnotherPackage() {
      // javac itself rejects the class literal ("not public in other; cannot be accessed from
      // outside package"); tracepoet must not crash and must not add a second, misleading error.
      JavaFileObject hook =
          hook("other.HiddenHook",
              "abstract class HiddenHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected HiddenHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      JavaFileObject src = client("other.HiddenHook");
      Compilation compilation = compile(hook, src);
      assertNoCrash(compilation);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("HiddenHook")
          .inFile(src).onLineContaining("hook = other.HiddenHook.class");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void inaccessibleHookReportsOnlyJavacsError() {
      JavaFileObject hidden =
          hook("other.HiddenHook",
              "abstract class HiddenHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected HiddenHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      JavaFileObject src = client("other.HiddenHook");
      Compilation compilation = compile(hidden, src);
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("not public in other")
          .inFile(src).onLineContaining("hook = other.HiddenHook.class");

      JavaFileObject nested =
          hook("other.Hooks",
              "public class Hooks {",
              "  protected abstract static class Nested extends EndpointHook<Model.Request, Model.Response> {",
              "    protected Nested(Endpoint endpoint) { super(endpoint); }",
              "  }",
              "}");
      JavaFileObject protectedClient = client("other.Hooks.Nested");
      Compilation second = compile(nested, protectedClient);
      assertThat(second).hadErrorCount(1);
      assertThat(second).hadErrorContaining("has protected access")
          .inFile(protectedClient).onLineContaining("hook = other.Hooks.Nested.class");
    }

    @Test
    void innerClassHookIsNotAccessible() {
      JavaFileObject hook =
          hook("other.Hooks",
              "public class Hooks {",
              "  public abstract class Inner extends EndpointHook<Model.Request, Model.Response> {",
              "    protected Inner(Endpoint endpoint) { super(endpoint); }",
              "  }",
              "}");
      assertInvalidHook("InaccessibleHook", hook, "other.Hooks.Inner", "other.Hooks.Inner",
          "not accessible from package test", "make it public (and static, if nested)");
    }

    @Test
    void protectedNestedHookInAnotherPackageIsNotAccessible() {
      // A protected static nested class is visible to subclasses of Hooks only; the interface (and
      // the generated wrapper) is not one, so javac and/or tracepoet must reject it, once.
      JavaFileObject hook =
          hook("other.Hooks",
              "public class Hooks {",
              "  protected abstract static class Nested extends EndpointHook<Model.Request, Model.Response> {",
              "    protected Nested(Endpoint endpoint) { super(endpoint); }",
              "  }",
              "}");
      JavaFileObject src = client("other.Hooks.Nested");
      Compilation compilation = compile(hook, src);
      assertNoCrash(compilation);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("Nested")
          .inFile(src).onLineContaining("hook = other.Hooks.Nested.class");
    }

    @Test
    void noEndpointConstructor() {
      JavaFileObject hook =
          hook("test.NoCtorHook",
              "public abstract class NoCtorHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected NoCtorHook(Endpoint endpoint, int extra) { super(endpoint); }",
              "}");
      assertInvalidHook("HookWithoutConstructor", hook, "NoCtorHook", "test.NoCtorHook",
          "no usable constructor", "protected NoCtorHook(Endpoint endpoint) { super(endpoint); }");
    }

    @Test
    void privateEndpointConstructor() {
      JavaFileObject hook =
          hook("test.PrivateCtorHook",
              "public abstract class PrivateCtorHook extends EndpointHook<Model.Request, Model.Response> {",
              "  private PrivateCtorHook(Endpoint endpoint) { super(endpoint); }",
              "  protected PrivateCtorHook(Endpoint endpoint, int extra) { super(endpoint); }",
              "}");
      assertInvalidHook("HookWithoutConstructor", hook, "PrivateCtorHook", "test.PrivateCtorHook", "no usable constructor");
    }

    @Test
    void genericHook() {
      JavaFileObject hook =
          hook("test.GenericHook",
              "public abstract class GenericHook<A, R> extends EndpointHook<A, R> {",
              "  protected GenericHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      assertInvalidHook("GenericHook", hook, "GenericHook", "test.GenericHook",
          "it is generic", "extends EndpointHook<test.Model.Request, test.Model.Response>");
    }

    @Test
    void mismatchedTypeArguments() {
      JavaFileObject hook =
          hook("test.StringHook",
              "public abstract class StringHook extends EndpointHook<String, Model.Response> {",
              "  protected StringHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      assertInvalidHook("HookTypeMismatch", hook, "StringHook", "test.StringHook",
          "it extends EndpointHook<java.lang.String, test.Model.Response>",
          "the endpoint needs EndpointHook<test.Model.Request, test.Model.Response>");
    }

    @Test
    void mismatchedResponseTypeArgument() {
      JavaFileObject hook =
          hook("test.UsageHook",
              "public abstract class UsageHook extends EndpointHook<Model.Request, Model.Usage> {",
              "  protected UsageHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      assertInvalidHook("HookTypeMismatch", hook, "UsageHook", "test.UsageHook",
          "it extends EndpointHook<test.Model.Request, test.Model.Usage>",
          "the endpoint needs EndpointHook<test.Model.Request, test.Model.Response>");
    }

    @Test
    void extraAbstractMethod() {
      JavaFileObject hook =
          hook("test.AuditHook",
              "public abstract class AuditHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected AuditHook(Endpoint endpoint) { super(endpoint); }",
              "  protected abstract void audit();",
              "}");
      assertInvalidHook("UnimplementableHookMethod", hook, "AuditHook", "test.AuditHook",
          "its abstract method audit cannot be implemented by the generated hook", "implement it");
    }

    @Test
    void primitiveOrArrayHook() {
      JavaFileObject primitive = client("int");
      assertSingleError(compile(primitive), "HookNotAClass", primitive, "hook = int.class",
          "a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
      JavaFileObject array = client("String[]");
      assertSingleError(compile(array), "HookNotAClass", array, "hook = String[].class",
          "a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
    }

    @Test
    void enumAndRecordAreNotHooks() {
      JavaFileObject anEnum = hook("test.EnumHook", "public enum EnumHook { A }");
      assertInvalidHook("HookNotAClass", anEnum, "EnumHook", "test.EnumHook", "enum",
          "a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
      JavaFileObject aRecord = hook("test.RecordHook", "public record RecordHook() {}");
      assertInvalidHook("HookNotAClass", aRecord, "RecordHook", "test.RecordHook", "record",
          "a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
    }

    @Test
    void hookForMultiParameterMethodMustTakeTheFirstParameter() {
      // EndpointHook<Model.Request, Model.Response> would be valid: it sees the first argument.
      JavaFileObject hook =
          hook("test.GoodHook",
              "public abstract class GoodHook extends EndpointHook<Model.Usage, Model.Response> {",
              "  protected GoodHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      hook = GoodHook.class)",
              "  Model.Response create(Model.Request request, int attempts);");
      assertSingleError(compile(hook, src), "HookTypeMismatch", src, "hook = GoodHook.class",
          "hook test.GoodHook cannot be used for Api.create(Request, int)",
          "a hook of a method with several parameters declares EndpointHook<test.Model.Request, test.Model.Response>"
              + " and sees the first argument");
    }

    @Test
    void finalRecordRequest() {
      JavaFileObject hook =
          hook("test.SealedStepHook",
              "public abstract class SealedStepHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected SealedStepHook(Endpoint endpoint) { super(endpoint); }",
              "  @Override",
              "  protected final void recordRequest(Span span, Model.Request request) {}",
              "}");
      assertInvalidHook("FinalHookStep", hook, "SealedStepHook", "test.SealedStepHook",
          "recordRequest is final, but the generated hook records the request tags in it", "remove `final`");
    }

    // Issue 10, item 5: hooks that used to produce generated code that does not compile.

    @Test
    void rawEndpointHook() {
      JavaFileObject hook =
          hook("test.RawHook",
              "@SuppressWarnings(\"rawtypes\")",
              "public abstract class RawHook extends EndpointHook {",
              "  protected RawHook(Endpoint endpoint) { super(endpoint); }",
              "}");
      assertInvalidHook("RawHook", hook, "RawHook", "test.RawHook",
          "it extends the raw type EndpointHook", "extends EndpointHook<test.Model.Request, test.Model.Response>");
    }

    @Test
    void abstractOverloadOfPostResponse() {
      JavaFileObject hook =
          hook("test.OverloadHook",
              "public abstract class OverloadHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected OverloadHook(Endpoint endpoint) { super(endpoint); }",
              "  protected abstract void postResponse(Span span, Model.Request request, Model.Response response);",
              "}");
      assertInvalidHook("UnimplementableHookMethod", hook, "OverloadHook", "test.OverloadHook",
          "its abstract method postResponse(Span, Request, Response) is not one of EndpointHook's steps",
          "cannot be implemented by the generated hook; implement it");
    }

    @Test
    void abstractOverloadOfPreResponse() {
      JavaFileObject hook =
          hook("test.PreHook",
              "public abstract class PreHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected PreHook(Endpoint endpoint) { super(endpoint); }",
              "  protected abstract void preResponse(Span span);",
              "}");
      assertInvalidHook("UnimplementableHookMethod", hook, "PreHook", "test.PreHook",
          "its abstract method preResponse(Span) is not one of EndpointHook's steps",
          "cannot be implemented by the generated hook");
    }

    /** A valid hook's nested types must not shadow the names the generated hook uses. */
    @Test
    void hookDeclaringNestedSpanAndAttributeKeyCompiles() {
      for (String nested : List.of("Span", "AttributeKey", "Context", "List", "String")) {
        JavaFileObject hook =
            Compilations.source(
                "other.ShadowHook",
                "package other;",
                "import dev.tracepoet.runtime.Endpoint;",
                "import dev.tracepoet.runtime.EndpointHook;",
                "import test.Model;",
                "public abstract class ShadowHook extends EndpointHook<Model.Request, Model.Response> {",
                "  protected ShadowHook(Endpoint endpoint) { super(endpoint); }",
                "  public static final class " + nested + " {}",
                "}");
        JavaFileObject src =
            api(
                "  @TracedEndpoint(",
                "      requestTags = {\"model\", \"max_tokens\", \"user\"},",
                "      responseTags = {\"id\", \"choices.finish_reason\"},",
                "      hook = other.ShadowHook.class)",
                "  Model.Response create(Model.Request request);");
        Compilation compilation = compile(List.of("-Werror"), hook, src);
        assertThat(compilation).succeededWithoutWarnings();
      }
    }
  }

  // ---------------------------------------------------------------- UnobservableAsyncType

  /**
   * Issue 10, item 7: well-known asynchronous types (detected by name; stubs stand in for the
   * libraries) are refused instead of traced as plain values whose span ends at assembly.
   */
  @Nested
  class UnobservableAsyncType {
    private JavaFileObject stub(String qualifiedName, boolean generic, String kind) {
      int dot = qualifiedName.lastIndexOf('.');
      return Compilations.source(
          qualifiedName,
          "package " + qualifiedName.substring(0, dot) + ";",
          "public " + kind + " " + qualifiedName.substring(dot + 1) + (generic ? "<T>" : "") + " {}");
    }

    private void assertRefused(String qualifiedName, boolean generic, String kind, String library) {
      JavaFileObject stub = stub(qualifiedName, generic, kind);
      String type = qualifiedName + (generic ? "<test.Model.Response>" : "");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(name = \"later\")",
              "  " + qualifiedName + (generic ? "<Model.Response>" : "") + " later(Model.Request request);");
      Compilation compilation = compile(stub, src);
      assertSingleError(compilation, "UnobservableAsyncType", src, "@TracedEndpoint(name = \"later\")",
          "Api.later(Request) returns " + type, qualifiedName + " (" + library + ")",
          "whose completion tracepoet cannot observe", "return adapter", "Flow.Publisher");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void reactiveStreamsPublisher() {
      assertRefused("org.reactivestreams.Publisher", true, "interface", "Reactive Streams");
    }

    @Test
    void reactor() {
      assertRefused("reactor.core.publisher.Mono", true, "abstract class", "Reactor");
      assertRefused("reactor.core.publisher.Flux", true, "abstract class", "Reactor");
    }

    @Test
    void mutiny() {
      assertRefused("io.smallrye.mutiny.Uni", true, "interface", "Mutiny");
      assertRefused("io.smallrye.mutiny.Multi", true, "interface", "Mutiny");
    }

    @Test
    void rxJava2And3() {
      for (String type : List.of("Observable", "Flowable", "Single", "Maybe")) {
        assertRefused("io.reactivex." + type, true, "abstract class", "RxJava 2");
        assertRefused("io.reactivex.rxjava3.core." + type, true, "abstract class", "RxJava 3");
      }
      assertRefused("io.reactivex.Completable", false, "abstract class", "RxJava 2");
      assertRefused("io.reactivex.rxjava3.core.Completable", false, "abstract class", "RxJava 3");
    }

    @Test
    void kotlinFlow() {
      assertRefused("kotlinx.coroutines.flow.Flow", true, "interface", "Kotlin coroutines");
    }

    @Test
    void subtypeOfAKnownTypeIsRefusedToo() {
      JavaFileObject mono = stub("reactor.core.publisher.Mono", true, "abstract class");
      JavaFileObject own =
          Compilations.source(
              "test.MyMono", "package test;", "public abstract class MyMono<T> extends reactor.core.publisher.Mono<T> {}");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(name = \"later\")",
              "  MyMono<Model.Response> later(Model.Request request);");
      assertSingleError(compile(mono, own, src), "UnobservableAsyncType", src, "@TracedEndpoint(name = \"later\")",
          "returns test.MyMono<test.Model.Response>", "reactor.core.publisher.Mono (Reactor)");
    }
  }

  // ---------------------------------------------------------------- EndpointWithoutClient

  /** Issue 10, item 9: a forgotten @TracedClient is a positioned warning. */
  @Nested
  class EndpointWithoutClient {
    private JavaFileObject base(String... annotations) {
      List<String> lines = new ArrayList<>(List.of(
          "package test;",
          "import dev.tracepoet.annotations.TracedEndpoint;"));
      lines.addAll(Arrays.asList(annotations));
      lines.addAll(List.of(
          "public interface Base {",
          "  @TracedEndpoint(name = \"base\") // here",
          "  Model.Response create(Model.Request request);",
          "}"));
      return Compilations.source("test.Base", lines.toArray(new String[0]));
    }

    @Test
    void endpointInterfaceWithoutClientWarns() {
      JavaFileObject base = base();
      Compilation compilation = compile(base);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining("[tracepoet:EndpointWithoutClient]")
          .inFile(base)
          .onLineContaining("Model.Response create(");
      assertThat(compilation)
          .hadWarningContaining("no @TracedClient interface in this compilation is or extends test.Base")
          .inFile(base)
          .onLineContaining("Model.Response create(");
    }

    @Test
    void extendedByAClientDoesNotWarn() {
      JavaFileObject base = base();
      JavaFileObject client =
          Compilations.source(
              "test.Client",
              "package test;",
              "@dev.tracepoet.annotations.TracedClient(integration = \"acme\")",
              "public interface Client extends Base {}");
      assertThat(compile(base, client)).succeededWithoutWarnings();
    }

    @Test
    void suppressedWithSuppressWarningsTracepoet() {
      assertThat(compile(base("@SuppressWarnings(\"tracepoet\")"))).succeededWithoutWarnings();
    }
  }

  // ---------------------------------------------------------------- InaccessiblePath

  /**
   * Issue 10, item 5: a path that resolves through a type the generated code cannot access is an
   * error on the annotation value, not a javac error in the generated file.
   */
  @Nested
  class InaccessiblePath {
    @Test
    void throughAPrivateNestedRecord() {
      JavaFileObject holder =
          Compilations.source(
              "test.Holder",
              "package test;",
              "public final class Holder {",
              "  private record Hidden(String name) {}",
              "  public record Request(Hidden hidden) {",
              "    public static Request of(String name) { return new Request(new Hidden(name)); }",
              "  }",
              "}");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"hidden.name\"})",
              "  Model.Response create(Holder.Request request);");
      assertSingleError(compile(holder, src), "InaccessiblePath", src, "\"hidden.name\"",
          "path \"hidden.name\" resolves, but the generated code could not read it",
          "test.Holder.Hidden (private, or nested in a private type)");
    }

    @Test
    void throughAPackagePrivateTypeOfAnotherPackage() {
      JavaFileObject inner =
          Compilations.source(
              "other.Inner", "package other;", "class Inner {", "  public String name() { return \"n\"; }", "}");
      JavaFileObject request =
          Compilations.source(
              "other.Request",
              "package other;",
              "public final class Request {",
              "  @SuppressWarnings(\"exports\")",
              "  public Inner inner() { return new Inner(); }",
              "}");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"inner.name\"})",
              "  Model.Response create(other.Request request);");
      assertSingleError(compile(inner, request, src), "InaccessiblePath", src, "\"inner.name\"",
          "other.Inner (not public, in another package)", "cannot access");
    }

    @Test
    void tokenPathThroughAnInaccessibleType() {
      JavaFileObject holder =
          Compilations.source(
              "test.Holder",
              "package test;",
              "public final class Holder {",
              "  private record Hidden(String text) {}",
              "  public record Request(Hidden hidden) {}",
              "}");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      prompt = \"hidden.text\")",
              "  Model.Response create(Holder.Request request);");
      assertSingleError(compile(holder, src), "InaccessiblePath", src, "prompt = \"hidden.text\"",
          "test.Holder.Hidden (private, or nested in a private type)");
    }
  }

  // ---------------------------------------------------------------- UnsupportedReturnType

  /**
   * CompletableFuture / CompletionStage, Stream, Iterator, Iterable and Flow.Publisher are traced until
   * they complete (SPEC "Return types with a later completion"); only the shapes that cannot be
   * observed that way are refused.
   */
  @Nested
  class UnsupportedReturnType {
    private void assertUnsupported(String declaration, String returns, String... why) {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(name = \"later\")",
              "  " + declaration);
      Compilation compilation = compile(src);
      List<String> words = new ArrayList<>();
      words.add(" returns " + returns + ", which cannot be traced");
      words.addAll(Arrays.asList(why));
      assertSingleError(compilation, "UnsupportedReturnType", src, "@TracedEndpoint(name = \"later\")",
          words.toArray(new String[0]));
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void futureThatIsNotACompletionStage() {
      assertUnsupported("java.util.concurrent.Future<Model.Response> later(Model.Request request);",
          "java.util.concurrent.Future<test.Model.Response>",
          "Api.later(Request)", "cannot be observed without blocking", "return a CompletableFuture or CompletionStage");
    }

    @Test
    void primitiveStream() {
      assertUnsupported("java.util.stream.IntStream later(Model.Request request);",
          "java.util.stream.IntStream", "only java.util.stream.Stream is supported");
    }

    @Test
    void rawCompletableFuture() {
      assertUnsupported("@SuppressWarnings(\"rawtypes\") CompletableFuture later(Model.Request request);",
          "java.util.concurrent.CompletableFuture", "raw type", "declare its type argument");
    }

    @Test
    void wildcardElementType() {
      assertUnsupported("Stream<?> later(Model.Request request);",
          "java.util.stream.Stream<?>", "wildcard", "declare a concrete type argument");
    }

    @Test
    void elementTypeFromMethodTypeVariable() {
      assertUnsupported("<T> CompletableFuture<T> later(Class<T> type);",
          "java.util.concurrent.CompletableFuture<T>", "depends on a type variable of the method",
          "declare a concrete element type");
    }

    @Test
    void publisherSubtype() {
      assertUnsupported("java.util.concurrent.SubmissionPublisher<Model.Choice> later(Model.Request request);",
          "java.util.concurrent.SubmissionPublisher<test.Model.Choice>",
          "only java.util.concurrent.Flow.Publisher itself is supported");
    }

    @Test
    void completableFutureStreamAndIteratorAreTraced() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = \"id\")",
              "  CompletableFuture<Model.Response> async(Model.Request request);",
              "  @TracedEndpoint(responseTags = \"finish_reason\")",
              "  Stream<Model.Choice> stream(Model.Request request);",
              "  @TracedEndpoint(responseTags = \"finish_reason\")",
              "  Iterator<Model.Choice> iterator(Model.Request request);");
      Compilation compilation = compile(src);
      assertThat(compilation).succeeded();
      assertTrue(generated(compilation, "test.TracedApi"));
    }

    @Test
    void responseTagsResolveAgainstTheElementType() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(responseTags = {",
              "      \"finish_reasn\"})",
              "  Stream<Model.Choice> stream(Model.Request request);");
      assertSingleError(compile(src), "UnknownResponseTag", src, "\"finish_reasn\"",
          "test.Model.Choice has no property \"finish_reasn\"", "Did you mean \"finishReason\"?");
    }

    @Test
    void untracedFutureIsFine() {
      JavaFileObject src = api("  java.util.concurrent.Future<Model.Response> later(Model.Request request);");
      assertThat(compile(src)).succeeded();
    }
  }

  // ---------------------------------------------------------------- UnresolvedType

  @Nested
  class UnresolvedType {
    @Test
    void missingTypeDoesNotCrash() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(name = \"create\")",
              "  Model.Response create(DoesNotExist request);");
      Compilation compilation = compile(src);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("cannot find symbol")
          .inFile(src).onLineContaining("DoesNotExist request");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void missingTypeIsReportedOnceByJavac() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(name = \"create\")",
              "  Model.Response create(DoesNotExist request);");
      Compilation compilation = compile(src);
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("cannot find symbol")
          .inFile(src).onLineContaining("DoesNotExist request");
    }
  }

  // ---------------------------------------------------------------- reporting as a whole

  @Nested
  class AllErrorsReported {
    @Test
    void threeBadTagsGiveThreeErrors() {
      JavaFileObject src =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"model\",",
              "      \"modle\",",
              "      \"a..b\",",
              "      \"max_tokens.value\"})",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(src);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(3);
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownRequestTag] request tag \"modle\"")
          .inFile(src).onLineContaining("\"modle\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:MalformedTag] tag \"a..b\"")
          .inFile(src).onLineContaining("\"a..b\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownRequestTag] request tag \"max_tokens.value\"")
          .inFile(src).onLineContaining("\"max_tokens.value\"");
      assertFalse(generated(compilation, "test.TracedApi"));
    }

    @Test
    void errorsOfDifferentKindsAndEndpointsAreAllReported() {
      JavaFileObject src =
          Compilations.source(
              "test.Api",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "import dev.tracepoet.annotations.TracedEndpoint;",
              "@TracedClient(",
              "    integration = \"Acme\")",
              "public interface Api {",
              "  @TracedEndpoint(",
              "      name = \" \",",
              "      requestTags = {",
              "          \"modle\"},",
              "      responseTags = {",
              "          \"idd\"})",
              "  Model.Response create(Model.Request request);",
              "  @TracedEndpoint(",
              "      responseTags = \"id\")",
              "  void delete(Model.Request request);",
              "}");
      Compilation compilation = compile(src);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(5);
      assertThat(compilation).hadErrorContaining("[tracepoet:InvalidIntegration]")
          .inFile(src).onLineContaining("integration = \"Acme\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:EmptyName]")
          .inFile(src).onLineContaining("name = \" \"");
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownRequestTag]")
          .inFile(src).onLineContaining("\"modle\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownResponseTag] response tag \"idd\"")
          .inFile(src).onLineContaining("\"idd\"");
      assertThat(compilation).hadErrorContaining("[tracepoet:UnknownResponseTag] response tag \"id\"")
          .inFile(src).onLineContaining("responseTags = \"id\"");
    }

    @Test
    void severalInvalidHooksAreAllReported() {
      JavaFileObject hook =
          Compilations.source(
              "test.AuditHook",
              "package test;",
              "import dev.tracepoet.runtime.Endpoint;",
              "import dev.tracepoet.runtime.EndpointHook;",
              "public abstract class AuditHook extends EndpointHook<Model.Request, Model.Response> {",
              "  protected AuditHook(Endpoint endpoint) { super(endpoint); }",
              "  protected abstract void audit();",
              "  protected abstract void review();",
              "}");
      JavaFileObject src =
          api(
              "  @TracedEndpoint(",
              "      hook = AuditHook.class)",
              "  Model.Response create(Model.Request request);");
      Compilation compilation = compile(hook, src);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(2);
      assertThat(compilation).hadErrorContaining("its abstract method audit")
          .inFile(src).onLineContaining("hook = AuditHook.class");
      assertThat(compilation).hadErrorContaining("its abstract method review")
          .inFile(src).onLineContaining("hook = AuditHook.class");
    }

    @Test
    void errorOnInheritedEndpointIsPositionedOnItsDeclaration() {
      JavaFileObject base =
          Compilations.source(
              "test.Base",
              "package test;",
              "import dev.tracepoet.annotations.TracedEndpoint;",
              "public interface Base {",
              "  @TracedEndpoint(requestTags = {",
              "      \"modle\"})",
              "  Model.Response create(Model.Request request);",
              "}");
      JavaFileObject src =
          Compilations.source(
              "test.Api",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "@TracedClient(integration = \"acme\")",
              "public interface Api extends Base {}");
      Compilation compilation = compile(base, src);
      assertSingleError(compilation, "UnknownRequestTag", base, "\"modle\"", "Did you mean \"model\"?");
    }

    @Test
    void errorInOneInterfaceDoesNotStopAnother() {
      JavaFileObject bad =
          Compilations.source(
              "test.BadApi",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "import dev.tracepoet.annotations.TracedEndpoint;",
              "@TracedClient(integration = \"acme\")",
              "public interface BadApi {",
              "  @TracedEndpoint(requestTags = {",
              "      \"modle\"})",
              "  Model.Response create(Model.Request request);",
              "}");
      JavaFileObject good =
          Compilations.source(
              "test.GoodApi",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "import dev.tracepoet.annotations.TracedEndpoint;",
              "@TracedClient(integration = \"acme\")",
              "public interface GoodApi {",
              "  @TracedEndpoint(requestTags = {\"model\"}, responseTags = {\"id\"})",
              "  Model.Response create(Model.Request request);",
              "}");
      for (JavaFileObject[] order : List.of(new JavaFileObject[] {bad, good}, new JavaFileObject[] {good, bad})) {
        Compilation compilation = compile(order);
        assertSingleError(compilation, "UnknownRequestTag", bad, "\"modle\"", "Did you mean \"model\"?");
        assertTrue(
            generated(compilation, "test.TracedGoodApi"),
            "the valid interface must still be generated");
        assertFalse(
            generated(compilation, "test.TracedBadApi"),
            "the invalid interface must not be generated");
      }
    }

    @Test
    void invalidClientNextToNonInterface() {
      JavaFileObject notInterface =
          Compilations.source(
              "test.Impl",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "@TracedClient(integration = \"acme\")",
              "public class Impl {}");
      JavaFileObject good = api("  String get();");
      Compilation compilation = compile(notInterface, good);
      assertSingleError(compilation, "NotAnInterface", notInterface, "@TracedClient(", "Impl is a class");
      assertTrue(generated(compilation, "test.TracedApi"));
    }
  }

  // ---------------------------------------------------------------- inherited from a class file

  @Nested
  class InheritedFromClassFile {
    @Test
    void errorIsAttachedToTheCompiledInterface() throws IOException {
      Path library =
          compileLibrary(
              MODEL,
              Compilations.source(
                  "test.Base",
                  "package test;",
                  "import dev.tracepoet.annotations.TracedEndpoint;",
                  "public interface Base {",
                  "  @TracedEndpoint(requestTags = {\"modle\"})",
                  "  Model.Response create(Model.Request request);",
                  "}"));
      JavaFileObject src =
          Compilations.source(
              "test.Api",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "@TracedClient(integration = \"acme\") public interface Api extends Base {}");
      Compilation compilation =
          compile(
              List.of("-classpath", System.getProperty("java.class.path") + File.pathSeparator + library),
              src);
      assertSingleError(compilation, "UnknownRequestTag", src, "public interface Api extends Base",
          "Base.create(Request)", "request tag \"modle\" does not resolve", "Did you mean \"model\"?");
    }

    @Test
    void inheritedValidEndpointFromClassFileIsGenerated() throws IOException {
      Path library =
          compileLibrary(
              MODEL,
              Compilations.source(
                  "test.Base",
                  "package test;",
                  "import dev.tracepoet.annotations.TracedEndpoint;",
                  "public interface Base {",
                  "  @TracedEndpoint(requestTags = {\"model\"})",
                  "  Model.Response create(Model.Request request);",
                  "}"));
      JavaFileObject src =
          Compilations.source(
              "test.Api",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "@TracedClient(integration = \"acme\") public interface Api extends Base {}");
      Compilation compilation =
          compile(
              List.of("-classpath", System.getProperty("java.class.path") + File.pathSeparator + library),
              src);
      assertThat(compilation).succeeded();
      assertTrue(generated(compilation, "test.TracedApi"));
    }

    /** Compiles {@code sources} without any processor and writes their class files to a new directory. */
    private Path compileLibrary(JavaFileObject... sources) throws IOException {
      Compilation compilation = Compiler.javac().withProcessors().compile(sources);
      assertThat(compilation).succeeded();
      Path dir = Files.createTempDirectory("tracepoet-library");
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        String name = file.toUri().getPath();
        Path target = dir.resolve(name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
      return dir;
    }
  }

  // ---------------------------------------------------------------- wrapper name clash

  @Nested
  class WrapperNameClash {
    @Test
    void clashingWrapperNamesAreReported() {
      JavaFileObject topLevel =
          Compilations.source(
              "test.Outer_Api",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "@TracedClient(integration = \"acme\")",
              "public interface Outer_Api { String get(); }");
      JavaFileObject nested =
          Compilations.source(
              "test.Outer",
              "package test;",
              "import dev.tracepoet.annotations.TracedClient;",
              "public class Outer {",
              "  @TracedClient(integration = \"acme\")",
              "  public interface Api { String get(); }",
              "}");
      Compilation compilation = compile(topLevel, nested);
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("TracedOuter_Api");
    }
  }

  // ---------------------------------------------------------------- wording

  @Nested
  class Wording {
    @Test
    void articlesAreGrammatical() {
      JavaFileObject onEnum =
          Compilations.source(
              "test.Api",
              "package test;",
              "@dev.tracepoet.annotations.TracedClient(integration = \"acme\")",
              "public enum Api { A }");
      assertSingleError(compile(onEnum), "NotAnInterface", onEnum, "@dev.tracepoet", "Api is an enum");
      JavaFileObject onAnnotation =
          Compilations.source(
              "test.Api",
              "package test;",
              "@dev.tracepoet.annotations.TracedClient(integration = \"acme\")",
              "public @interface Api {}");
      assertSingleError(compile(onAnnotation), "NotAnInterface", onAnnotation, "@dev.tracepoet",
          "Api is an annotation type");
      JavaFileObject hookInterface =
          Compilations.source("test.HookInterface", "package test;", "public interface HookInterface {}");
      JavaFileObject withHook =
          api(
              "  @TracedEndpoint(",
              "      hook = HookInterface.class)",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(hookInterface, withHook), "HookNotAClass", withHook, "hook = HookInterface.class",
          "it is an interface");
      JavaFileObject primitive =
          api(
              "  @TracedEndpoint(requestTags = {",
              "      \"max_tokens.value\"})",
              "  Model.Response create(Model.Request request);");
      assertSingleError(compile(primitive), "UnknownRequestTag", primitive, "\"max_tokens.value\"",
          "\"max_tokens\" is an int");
    }
  }
}
