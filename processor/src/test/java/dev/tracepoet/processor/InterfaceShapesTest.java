package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 3, "Interface shapes that must work": every shape compiles with {@code -Xlint:all -Werror}
 * and no warnings, keeps its signatures exactly, and a representative set matches the goldens in
 * {@code src/test/resources/goldens/shapes} (rewrite them with {@code -Dgolden.update=true}, then
 * review the diff).

 */
class InterfaceShapesTest {
  static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  static JavaFileObject java(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Compiles strictly, asserts success without warnings and returns the compilation. */
  static Compilation compileClean(JavaFileObject... sources) {
    Compilation compilation = Compilations.compile(STRICT, sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  static String generated(Compilation compilation, String qualifiedName) {
    try {
      return TracedClientGenerationTest.generated(compilation, qualifiedName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertContains(String source, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(source.contains(fragment), () -> "expected generated code to contain\n  " + fragment
          + "\n--- generated ---\n" + source);
    }
  }

  static void assertNotContains(String source, String... fragments) {
    for (String fragment : fragments) {
      assertFalse(source.contains(fragment), () -> "expected generated code NOT to contain\n  " + fragment
          + "\n--- generated ---\n" + source);
    }
  }

  // ------------------------------------------------------------------ generics

  static final JavaFileObject GENERIC_API =
      java(
          "shapes.GenericApi",
          """
          package shapes;

          import dev.tracepoet.annotations.TracedClient;
          import dev.tracepoet.annotations.TracedEndpoint;
          import java.util.Collection;
          import java.util.List;
          import java.util.Map;

          @TracedClient(integration = "shapes")
          public interface GenericApi<K extends Comparable<? super K>, V> {
            @TracedEndpoint
            V get(K key);

            @TracedEndpoint(requestTags = {"values.size"})
            Map<K, V> putAll(List<? extends V> values, K first);

            @TracedEndpoint
            <T extends Comparable<? super T>> T max(Collection<? extends T> items);

            @TracedEndpoint(requestTags = {"label"})
            <T extends Number & Comparable<T>> List<T> sorted(String label, List<T> items);

            @TracedEndpoint
            <E extends Exception> void failWith(E error) throws E;

            @TracedEndpoint
            List<?> wildcards(List<? super Integer> sink, Class<?> type, Map<String, ? extends Number> weights);

            <T> T forwardedGeneric(Class<T> type, K key);
          }
          """);

  @Test
  void genericInterfaceAndGenericMethodsWithBoundsAndWildcards() {
    Compilation compilation = compileClean(GENERIC_API);
    String source = generated(compilation, "shapes.TracedGenericApi");
    assertContains(
        source,
        "public final class TracedGenericApi<K extends Comparable<? super K>, V> implements GenericApi<K, V>",
        "public static <K extends Comparable<? super K>, V> GenericApi<K, V> wrap(\n      GenericApi<K, V> delegate)",
        "public V get(K key)",
        "public Map<K, V> putAll(List<? extends V> values, K first)",
        "public <T extends Comparable<? super T>> T max(Collection<? extends T> items)",
        "public <T extends Number & Comparable<T>> List<T> sorted(String label, List<T> items)",
        "public <E extends Exception> void failWith(E error) throws E",
        "public List<?> wildcards(List<? super Integer> sink, Class<?> type,",
        "public <T> T forwardedGeneric(Class<T> type, K key)");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedGenericApi");
  }

  @Test
  void superInterfaceTypeArgumentsBoundToTheAnnotatedInterfacesTypeVariable() {
    Compilation compilation =
        compileClean(
            ChatModel.REQUEST,
            ChatModel.RESPONSE,
            ChatModel.API,
            java(
                "shapes.Repo",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import java.util.List;

                @TracedClient(integration = "repo")
                public interface Repo<T extends ChatRequest> extends Api<T, List<T>> {}
                """));
    String source = generated(compilation, "shapes.TracedRepo");
    assertContains(
        source,
        "public final class TracedRepo<T extends ChatRequest> implements Repo<T>",
        "public List<T> call(T request)",
        // the request tag "model" resolves through the bound of T
        "tags.string(span, REQUEST_MODEL, arguments.model());");
  }

  @Test
  void wildcardParameterMentioningARecursivelyBoundTypeVariable() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.SinkApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.util.List;
                import java.util.Map;

                @TracedClient(integration = "shapes")
                public interface SinkApi<K extends Comparable<? super K>> {
                  @TracedEndpoint(requestTags = "label")
                  int index(String label, List<? super K> sink);

                  @TracedEndpoint
                  <T> List<T> sorted(List<T> items, Map<? super K, ?> index);
                }
                """));
    assertContains(
        generated(compilation, "shapes.TracedSinkApi"),
        "public int index(String label, List<? super K> sink)",
        "public <T> List<T> sorted(List<T> items, Map<? super K, ?> index)");
  }

  @Test
  void genericVarargs() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.GenericVarargsApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.util.List;

                @TracedClient(integration = "shapes")
                public interface GenericVarargsApi {
                  @TracedEndpoint
                  @SuppressWarnings("unchecked")
                  <T> int count(T... items);

                  @SuppressWarnings("unchecked")
                  <T> List<T> forwarded(T... items);
                }
                """));
    assertContains(
        generated(compilation, "shapes.TracedGenericVarargsApi"),
        "public <T> int count(T... items)",
        "public <T> List<T> forwarded(T... items)");
  }

  // ------------------------------------------------------------------ primitives, arrays, varargs, void

  @Test
  void primitivesArraysVarargsAndVoid() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.PrimitivesApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface PrimitivesApi {
                  @TracedEndpoint(requestTags = {"count"})
                  int count(int count, long[] weights, char separator);

                  @TracedEndpoint(requestTags = {"names.size", "names"})
                  String join(String... names);

                  @TracedEndpoint(requestTags = {"flag"})
                  boolean[][] grid(boolean flag, int width, int... heights);

                  @TracedEndpoint
                  void ping();

                  @TracedEndpoint(requestTags = {"a", "b", "c"})
                  double ratio(float a, short b, byte c);

                  @TracedEndpoint
                  byte[] bytes();

                  @TracedEndpoint
                  char initial(String name);

                  @TracedEndpoint(requestTags = "values.length")
                  long total(long... values);

                  @TracedEndpoint
                  void store(String[][] table, Object... extra);

                  int forwardedPrimitive(int... values);

                  void forwardedVoid(long value);
                }
                """));
    String source = generated(compilation, "shapes.TracedPrimitivesApi");
    assertContains(
        source,
        "public int count(int count, long[] weights, char separator)",
        "public String join(String... names)",
        "public boolean[][] grid(boolean flag, int width, int... heights)",
        "public void ping()",
        "public double ratio(float a, short b, byte c)",
        "public byte[] bytes()",
        "public char initial(String name)",
        "public long total(long... values)",
        "public void store(String[][] table, Object... extra)",
        "public int forwardedPrimitive(int... values)",
        "public void forwardedVoid(long value)");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedPrimitivesApi");
  }

  // ------------------------------------------------------------------ throws

  @Test
  void throwsClausesWithRelatedCheckedExceptionsAreCopiedExactly() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.ThrowingApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.io.FileNotFoundException;
                import java.io.IOException;
                import java.util.concurrent.TimeoutException;

                @TracedClient(integration = "shapes")
                public interface ThrowingApi {
                  @TracedEndpoint(requestTags = "path")
                  String read(String path) throws IOException, FileNotFoundException, TimeoutException;

                  @TracedEndpoint
                  void write(String path, byte[] data)
                      throws FileNotFoundException, IOException, InterruptedException;

                  @TracedEndpoint
                  <X extends Exception> long attempt(int times) throws X, IOException;

                  String forwarded() throws IOException, FileNotFoundException;
                }
                """));
    String source = generated(compilation, "shapes.TracedThrowingApi");
    assertContains(
        source,
        "public String read(String path) throws IOException, FileNotFoundException, TimeoutException",
        "public void write(String path, byte[] data) throws FileNotFoundException, IOException,\n"
            + "      InterruptedException",
        "public <X extends Exception> long attempt(int times) throws X, IOException",
        "public String forwarded() throws IOException, FileNotFoundException");
    // no multi-catch of related exceptions (javac rejects those), nor any wrapping of them
    assertNotContains(source, "catch (");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedThrowingApi");
  }

  // ------------------------------------------------------------------ overloads

  @Test
  void overloadsGetDistinctHooksFieldsAndDefaultNames() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.OverloadApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface OverloadApi {
                  @TracedEndpoint(name = "sendText", requestTags = "text")
                  String send(String text);

                  @TracedEndpoint(name = "sendBytes", requestTags = "data.length")
                  String send(byte[] data);

                  @TracedEndpoint(name = "sendMany", requestTags = {"text", "copies"})
                  String send(String text, int copies);

                  String send(long untraced);

                  // names the generator would derive for the overloads' members
                  @TracedEndpoint
                  void sendHook();

                  @TracedEndpoint
                  void sendCall();

                  @TracedEndpoint
                  void send2();
                }
                """));
    String source = generated(compilation, "shapes.TracedOverloadApi");
    assertContains(
        source,
        "tracing.endpoint(\"sendText\"",
        "tracing.endpoint(\"sendBytes\"",
        "tracing.endpoint(\"sendMany\"",
        "tracing.endpoint(\"sendHook\"",
        "tracing.endpoint(\"sendCall\"",
        "tracing.endpoint(\"send2\"",
        "public String send(String text)",
        "public String send(byte[] data)",
        "public String send(String text, int copies)",
        "public String send(long untraced) {\n    return this.delegate.send(untraced);");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedOverloadApi");
  }

  // ------------------------------------------------------------------ inheritance

  /** A generic super-interface with endpoints, bound by {@code InheritingChatApi}. */
  static final class ChatModel {
    static final JavaFileObject REQUEST =
        java("shapes.ChatRequest", "package shapes;\npublic record ChatRequest(String model, String prompt) {}\n");
    static final JavaFileObject RESPONSE =
        java("shapes.ChatResponse", "package shapes;\npublic record ChatResponse(String id, int tokens) {}\n");
    static final JavaFileObject API =
        java(
            "shapes.Api",
            """
            package shapes;

            import dev.tracepoet.annotations.TracedEndpoint;

            public interface Api<Q, S> {
              @TracedEndpoint(requestTags = {"model"}, responseTags = {"size"})
              S call(Q request);
            }
            """);
  }

  @Test
  void methodsInheritedFromGenericAndPlainSuperInterfaces() {
    JavaFileObject api =
        java(
            "shapes.ChatOps",
            """
            package shapes;

            import dev.tracepoet.annotations.TracedEndpoint;

            public interface ChatOps<Q, S> {
              @TracedEndpoint(name = "chat", requestTags = {"model"}, responseTags = {"id", "tokens"})
              S chat(Q request);

              @TracedEndpoint(requestTags = {"request.model", "attempt"})
              S retry(Q request, int attempt);

              S untraced(Q request);
            }
            """);
    JavaFileObject base =
        java(
            "shapes.Health",
            """
            package shapes;

            import dev.tracepoet.annotations.TracedEndpoint;

            public interface Health {
              @TracedEndpoint(name = "health", endpoint = "/health", method = "GET")
              boolean healthy();

              String version();
            }
            """);
    JavaFileObject client =
        java(
            "shapes.InheritingChatApi",
            """
            package shapes;

            import dev.tracepoet.annotations.TracedClient;
            import dev.tracepoet.annotations.TracedEndpoint;

            @TracedClient(integration = "chat")
            public interface InheritingChatApi extends ChatOps<ChatRequest, ChatResponse>, Health {
              @TracedEndpoint(requestTags = "prompt")
              ChatResponse local(ChatRequest request);
            }
            """);
    Compilation compilation = compileClean(ChatModel.REQUEST, ChatModel.RESPONSE, api, base, client);
    String source = generated(compilation, "shapes.TracedInheritingChatApi");
    assertContains(
        source,
        "public ChatResponse chat(ChatRequest request)",
        "public ChatResponse retry(ChatRequest request, int attempt)",
        "public ChatResponse untraced(ChatRequest request) {\n    return this.delegate.untraced(request);",
        "public boolean healthy()",
        "public String version() {\n    return this.delegate.version();",
        "tracing.endpoint(\"chat\"",
        "tracing.endpoint(\"health\", \"/health\", \"GET\")",
        "AttributeKey.stringKey(\"chat.request.model\")",
        "AttributeKey.stringKey(\"chat.response.id\")",
        "AttributeKey.longKey(\"chat.response.tokens\")");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedInheritingChatApi");
  }

  @Test
  void sameMethodInheritedFromTwoSuperInterfacesIsImplementedOnce() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.Traced",
                """
                package shapes;
                import dev.tracepoet.annotations.TracedEndpoint;
                public interface Traced { @TracedEndpoint(name = "fromTraced") String x(); }
                """),
            java("shapes.Plain", "package shapes;\npublic interface Plain { String x(); }\n"),
            java(
                "shapes.Both",
                """
                package shapes;
                import dev.tracepoet.annotations.TracedClient;
                @TracedClient(integration = "shapes")
                public interface Both extends Plain, Traced {}
                """));
    String source = generated(compilation, "shapes.TracedBoth");
    assertEquals(1, occurrences(source, "public String x()"), source);
    assertContains(source, "tracing.endpoint(\"fromTraced\"");
  }

  @Test
  void sameUnannotatedMethodInheritedFromTwoSuperInterfacesIsForwardedOnce() {
    Compilation compilation =
        compileClean(
            java("shapes.First", "package shapes;\npublic interface First { String x(); }\n"),
            java("shapes.Second", "package shapes;\npublic interface Second { String x(); }\n"),
            java(
                "shapes.Twice",
                """
                package shapes;
                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                @TracedClient(integration = "shapes")
                public interface Twice extends First, Second {
                  @TracedEndpoint String y();
                }
                """));
    assertEquals(1, occurrences(generated(compilation, "shapes.TracedTwice"), "public String x()"));
  }

  static int occurrences(String text, String fragment) {
    int count = 0;
    for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
      count++;
    }
    return count;
  }

  // ------------------------------------------------------------------ default, static, private, Object methods

  @Test
  void defaultMethodsAreForwardedAndStaticAndPrivateMethodsLeftAlone() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.DefaultsApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface DefaultsApi {
                  @TracedEndpoint
                  String fetch(String id);

                  default String fetchTwice(String id) {
                    return helper(fetch(id)) + fetch(id);
                  }

                  @TracedEndpoint(name = "tracedDefault")
                  default int size() {
                    return 0;
                  }

                  static DefaultsApi create() {
                    return id -> staticHelper(id);
                  }

                  private String helper(String s) {
                    return s;
                  }

                  private static String staticHelper(String s) {
                    return s;
                  }
                }
                """));
    String source = generated(compilation, "shapes.TracedDefaultsApi");
    assertContains(
        source,
        "public String fetchTwice(String id) {\n    return this.delegate.fetchTwice(id);\n  }",
        "public int size() {\n    return this.sizeHook.call(",
        "tracing.endpoint(\"tracedDefault\"");
    assertNotContains(source, "DefaultsApi create()", "helper(String", "Helper(");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedDefaultsApi");
  }

  @Test
  void objectMethodsRedeclaredInTheInterfaceAreForwardedNotTraced() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.ObjectMethodsApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface ObjectMethodsApi {
                  @TracedEndpoint
                  String fetch(String id);

                  @Override
                  boolean equals(Object other);

                  @Override
                  int hashCode();

                  @Override
                  String toString();
                }
                """));
    String source = generated(compilation, "shapes.TracedObjectMethodsApi");
    assertContains(
        source,
        "public boolean equals(Object other) {\n    return this.delegate.equals(other);\n  }",
        "public int hashCode() {\n    return this.delegate.hashCode();\n  }",
        "public String toString() {\n    return this.delegate.toString();\n  }");
    assertNotContains(source, "EqualsHook", "HashCodeHook", "ToStringHook");
  }

  @Test
  void equalsRedeclaredWithoutHashCodeCompilesWithoutWarnings() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.EqualsOnlyApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface EqualsOnlyApi {
                  @TracedEndpoint
                  String fetch(String id);

                  boolean equals(Object other);
                }
                """));
    assertContains(
        generated(compilation, "shapes.TracedEqualsOnlyApi"),
        "return this.delegate.equals(other);");
  }

  // ------------------------------------------------------------------ nesting, visibility, packages

  static final JavaFileObject OUTER =
      java(
          "shapes.Outer",
          """
          package shapes;

          import dev.tracepoet.annotations.TracedClient;
          import dev.tracepoet.annotations.TracedEndpoint;

          public class Outer {
            @TracedClient(integration = "shapes")
            public interface Api {
              @TracedEndpoint(requestTags = "id")
              String fetch(String id);
            }

            @TracedClient(integration = "shapes")
            interface Hidden {
              @TracedEndpoint
              String fetch(String id);
            }

            public static class Inner {
              @TracedClient(integration = "shapes")
              public interface Deep {
                @TracedEndpoint
                String fetch(String id);
              }
            }

            public interface Parent {
              @TracedClient(integration = "shapes")
              interface Child {
                @TracedEndpoint
                String fetch(String id);
              }
            }
          }
          """);

  @Test
  void nestedInterfacesGetUnderscoredTopLevelWrappers() {
    Compilation compilation = compileClean(OUTER);
    assertContains(
        generated(compilation, "shapes.TracedOuter_Api"),
        "public final class TracedOuter_Api implements Outer.Api",
        "public static Outer.Api wrap(Outer.Api delegate)");
    assertContains(
        generated(compilation, "shapes.TracedOuter_Inner_Deep"),
        "public final class TracedOuter_Inner_Deep implements Outer.Inner.Deep");
    // members of interfaces are implicitly public
    assertContains(
        generated(compilation, "shapes.TracedOuter_Parent_Child"),
        "public final class TracedOuter_Parent_Child implements Outer.Parent.Child");
    // a package-private nested interface gets a package-private wrapper
    String hidden = generated(compilation, "shapes.TracedOuter_Hidden");
    assertContains(hidden, "\nfinal class TracedOuter_Hidden implements Outer.Hidden");
    assertNotContains(hidden, "public final class");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedOuter_Api");
  }

  @Test
  void publicInterfaceNestedInPackagePrivateClassGetsPackagePrivateWrapper() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.Internal",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                class Internal {
                  @TracedClient(integration = "shapes")
                  public interface Api {
                    @TracedEndpoint
                    String fetch(String id);
                  }
                }
                """));
    assertContains(
        generated(compilation, "shapes.TracedInternal_Api"),
        "\nfinal class TracedInternal_Api implements Internal.Api");
  }

  @Test
  void packagePrivateInterfaceGetsPackagePrivateWrapper() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.PackagePrivateApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                interface PackagePrivateApi {
                  @TracedEndpoint(requestTags = "id")
                  String fetch(String id);

                  String forwarded();
                }
                """));
    String source = generated(compilation, "shapes.TracedPackagePrivateApi");
    assertContains(source, "\nfinal class TracedPackagePrivateApi implements PackagePrivateApi");
    assertNotContains(source, "public final class");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedPackagePrivateApi");
  }

  @Test
  void interfaceInTheDefaultPackage() {
    Compilation compilation =
        compileClean(
            java(
                "DefaultPackageApi",
                """
                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface DefaultPackageApi {
                  @TracedEndpoint(requestTags = "id")
                  String fetch(String id);

                  @TracedEndpoint
                  void ping(String id, int times);
                }
                """));
    String source = generated(compilation, "TracedDefaultPackageApi");
    assertFalse(source.startsWith("package"), source);
    assertContains(
        source,
        "public final class TracedDefaultPackageApi implements DefaultPackageApi",
        "public static DefaultPackageApi wrap(DefaultPackageApi delegate)");
  }

  // ------------------------------------------------------------------ name clashes

  @Test
  void parameterNamesCollidingWithGeneratedMembers() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.CollidingApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface CollidingApi {
                  @TracedEndpoint(requestTags = {"delegate", "span", "hook", "tracer", "arguments", "settings",
                      "openTelemetry", "response", "error", "tracing", "scope", "t"})
                  String all(String delegate, String span, String hook, String tracer, String arguments,
                      String settings, String openTelemetry, String response, String error, String tracing,
                      String scope, String t);

                  @TracedEndpoint(requestTags = "delegate")
                  String single(String delegate);

                  @TracedEndpoint(requestTags = "arguments")
                  String arguments(String arguments);

                  @TracedEndpoint
                  <T> T generic(T delegate, T arguments, T span);

                  @TracedEndpoint
                  <T> T genericSingle(T arguments);

                  String forwarded(String delegate, String arguments);

                  @TracedEndpoint
                  void delegate(String delegate);

                  @TracedEndpoint
                  void span(String span, String response);

                  @TracedEndpoint(requestTags = "v0")
                  String locals(String v0, String list1, String e2);
                }
                """));
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedCollidingApi");
  }

  /** An API that uses every generated construct: holders, primitives, void, generic casts, lists. */
  static String everyConstructApi(String pkg, String name, String nested) {
    return """
        package %s;

        import dev.tracepoet.annotations.TracedClient;
        import dev.tracepoet.annotations.TracedEndpoint;

        @TracedClient(integration = "shapes")
        public interface %s {
          %s

          @TracedEndpoint(requestTags = {"names", "id"}, responseTags = "size")
          java.util.List<String> fetch(java.util.List<String> names, String id);

          @TracedEndpoint
          void ping();

          @TracedEndpoint
          <T> T echo(T value);

          @TracedEndpoint(requestTags = "count")
          int count(int count);

          @TracedEndpoint
          long total(long a, long b);

          @TracedEndpoint
          boolean ok(boolean flag);

          @TracedEndpoint
          double ratio(double r);

          @TracedEndpoint
          char initial(char c);

          String forwarded(String x);
        }
        """
        .formatted(pkg, name, nested);
  }

  @Test
  void userTypesNamedLikeGeneratedReferencesUsedInSignatures() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String type : List.of("Span", "Generated", "List", "Objects", "Override")) {
      sources.add(
          java(
              "shapes.names." + type,
              "package shapes.names;\npublic final class " + type
                  + " { public String name() { return \"" + type + "\"; } }\n"));
    }
    sources.add(
        java(
            "shapes.names.TypesApi",
            """
            package shapes.names;

            import dev.tracepoet.annotations.TracedClient;
            import dev.tracepoet.annotations.TracedEndpoint;

            @TracedClient(integration = "shapes")
            public interface TypesApi {
              @TracedEndpoint(
                  requestTags = {"span.name", "generated.name", "list.name", "objects.name", "override.name"},
                  responseTags = "name")
              Span call(Span span, Generated generated, List list, Objects objects, Override override);

              @TracedEndpoint(requestTags = {"names"})
              java.util.List<String> names(java.util.List<String> names);

              @TracedEndpoint
              void ping(Span span);
            }
            """));
    Compilation compilation = compileClean(sources.toArray(new JavaFileObject[0]));
    TracedClientGenerationTest.assertGolden(compilation, "shapes.names.TracedTypesApi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Span", "Generated", "List", "Objects", "ArrayList", "AttributeKey", "EndpointHook",
        "ClientTracing", "TracingSettings", "OpenTelemetry", "GlobalOpenTelemetry", "TracedGenerated",
        "String", "Void"
      })
  void userTypeInThePackageNamedLikeAGeneratedReference(String type) {
    String pkg = "shapes.pkg" + type.toLowerCase(Locale.ROOT);
    compileClean(
        java(pkg + "." + type, "package " + pkg + ";\npublic final class " + type + " {}\n"),
        java(pkg + ".EveryApi", everyConstructApi(pkg, "EveryApi", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Override", "Throwable", "SuppressWarnings", "Integer", "Long", "Boolean", "Double", "Character"})
  void userTypeInThePackageShadowingAJavaLangReference(String type) {
    String pkg = "shapes.lang" + type.toLowerCase(Locale.ROOT);
    compileClean(
        java(pkg + "." + type, "package " + pkg + ";\npublic final class " + type + " {}\n"),
        java(pkg + ".EveryApi", everyConstructApi(pkg, "EveryApi", "")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Span", "Generated", "List", "Objects", "Override", "AttributeKey", "ClientTracing",
        "TracingSettings", "TracedGenerated", "Void", "Integer", "Long", "Throwable", "SuppressWarnings",
        "FetchHook", "FetchArguments", "CountHook", "Delegate"
      })
  void nestedTypeInTheInterfaceNamedLikeAGeneratedReference(String type) {
    String pkg = "shapes.nested" + type.toLowerCase(Locale.ROOT);
    compileClean(
        java(
            pkg + ".EveryApi",
            everyConstructApi(pkg, "EveryApi", "final class " + type + " { private " + type + "() {} }")));
  }

  @Test
  void nestedTypeInTheInterfaceNamedEndpointHook() {
    String pkg = "shapes.nestedendpointhook";
    compileClean(
        java(
            pkg + ".EveryApi",
            everyConstructApi(pkg, "EveryApi", "final class EndpointHook { private EndpointHook() {} }")));
  }

  @Test
  void nestedTypeNamedSpanMatchesGolden() {
    Compilation compilation =
        compileClean(
            java(
                "shapes.NestedSpanApi",
                """
                package shapes;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface NestedSpanApi {
                  record Span(String name) {}

                  @TracedEndpoint(requestTags = "name", responseTags = "name")
                  Span rename(Span span, String name);

                  @TracedEndpoint(requestTags = "name")
                  Span single(Span span);
                }
                """));
    String source = generated(compilation, "shapes.TracedNestedSpanApi");
    assertContains(source, "public NestedSpanApi.Span rename(NestedSpanApi.Span span, String name)");
    TracedClientGenerationTest.assertGolden(compilation, "shapes.TracedNestedSpanApi");
  }

  @Test
  void methodNamedLikeTheGeneratedFactoryIsNotAnErrorInGeneratedCode() {
    JavaFileObject api =
        java(
            "shapes.WrapApi",
            """
            package shapes;

            import dev.tracepoet.annotations.TracedClient;
            import dev.tracepoet.annotations.TracedEndpoint;

            @TracedClient(integration = "shapes")
            public interface WrapApi {
              @TracedEndpoint
              WrapApi wrap(WrapApi delegate);
            }
            """);
    Compilation compilation = Compilations.compile(STRICT, api);
    if (compilation.status() == Compilation.Status.SUCCESS) {
      assertThat(compilation).succeededWithoutWarnings();
      return;
    }
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    String described =
        errors.stream().map(d -> d.getSource() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    for (Diagnostic<? extends JavaFileObject> error : errors) {
      assertTrue(
          error.getMessage(Locale.ROOT).contains("[tracepoet:") && error.getSource() == api,
          () -> "errors must be tracepoet diagnostics on the user's source, not javac errors in generated code:\n"
              + described);
    }
  }

  @Test
  void everyConstructApiCompilesInItsPlainForm() {
    // the baseline for the name-clash variations above
    compileClean(java("shapes.plain.EveryApi", everyConstructApi("shapes.plain", "EveryApi", "")));
  }
}
