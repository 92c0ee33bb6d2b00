package dev.tracepoet.processor;

import static dev.tracepoet.processor.TracedClientErrorsTest.assertSingleError;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of path alternatives ({@code "key=a|b"}) and {@code @ErrorTags}, in the
 * style of {@link TracedClientErrorsTest}: counted, catalogued, positioned on the annotation value,
 * and no wrapper generated.
 */
class AlternativesAndErrorTagsErrorsTest {

  static final JavaFileObject TYPES =
      Compilations.source(
          "test.Types",
          "package test;",
          "import java.util.List;",
          "import java.util.Optional;",
          "public final class Types {",
          "  public record Request(Optional<String> name, Optional<List<String>> names, Optional<Long> count) {}",
          "  public static class ApiException extends RuntimeException {",
          "    public int statusCode() { return 500; }",
          "  }",
          "  public static final class NotAnException {}",
          "}");

  private static JavaFileObject client(String clientLine, String endpointLine) {
    return Compilations.source(
        "test.Api",
        "package test;",
        "import dev.tracepoet.annotations.ErrorTags;",
        "import dev.tracepoet.annotations.TracedClient;",
        "import dev.tracepoet.annotations.TracedEndpoint;",
        "import test.Types.ApiException;",
        "import test.Types.NotAnException;",
        "import test.Types.Request;",
        "@TracedClient(integration = \"acme\"" + clientLine + ")",
        "public interface Api {",
        "  @TracedEndpoint(" + endpointLine + ")",
        "  String call(Request request);",
        "}");
  }

  private static Compilation compile(JavaFileObject api) {
    return TracedClientErrorsTest.compile(TYPES, api);
  }

  private static void assertNotGenerated(Compilation compilation) {
    assertFalse(TracedClientErrorsTest.generated(compilation, "test.TracedApi"), "no wrapper after an error");
  }

  @Test
  void alternativesNeedAKey() {
    JavaFileObject api = client("", "requestTags = \"name|names\"");
    Compilation compilation = compile(api);
    assertSingleError(compilation, "AlternativesNeedKey", api, "requestTags = \"name|names\"",
        "tag \"name|names\" lists alternatives but no key", "\"name=name|names\"");
    assertNotGenerated(compilation);
  }

  @Test
  void alternativesMustRecordTheSameType() {
    JavaFileObject api = client("", "requestTags = \"value=name|count\"");
    Compilation compilation = compile(api);
    assertSingleError(compilation, "IncompatibleAlternatives", api, "requestTags = \"value=name|count\"",
        "\"name\" records a string (String)", "\"count\" records a long (Long)");
    assertNotGenerated(compilation);
  }

  @Test
  void eachAlternativeIsResolvedAndReportedOnItsOwn() {
    JavaFileObject api = client("", "requestTags = \"value=name|nmes\"");
    Compilation compilation = compile(api);
    assertSingleError(compilation, "UnknownRequestTag", api, "requestTags = \"value=name|nmes\"",
        "alternative \"nmes\"", "Did you mean \"names\"?");
    assertNotGenerated(compilation);
  }

  @Test
  void errorTagsTypeMustBeThrowable() {
    JavaFileObject api = Compilations.source(
        "test.Api",
        "package test;",
        "import dev.tracepoet.annotations.ErrorTags;",
        "import dev.tracepoet.annotations.TracedClient;",
        "import dev.tracepoet.annotations.TracedEndpoint;",
        "import test.Types.NotAnException;",
        "import test.Types.Request;",
        "@TracedClient(integration = \"acme\",",
        "    errorTags = @ErrorTags(",
        "        type = NotAnException.class,",
        "        tags = \"statusCode\"))",
        "public interface Api {",
        "  @TracedEndpoint",
        "  String call(Request request);",
        "}");
    Compilation compilation = compile(api);
    assertSingleError(compilation, "ErrorTagsTypeNotThrowable", api, "type = NotAnException.class",
        "@ErrorTags(type = NotAnException.class)", "NotAnException is a class that does not extend Throwable");
    assertNotGenerated(compilation);
  }

  @Test
  void errorTagPathsResolveAgainstTheExceptionType() {
    JavaFileObject api = client("",
        "errorTags = @ErrorTags(type = ApiException.class, tags = \"^http.response.status_code=statusCod\")");
    Compilation compilation = compile(api);
    assertSingleError(compilation, "UnknownErrorTag", api, "errorTags = @ErrorTags(type = ApiException.class",
        "error tag \"^http.response.status_code=statusCod\" does not resolve", "Did you mean \"statusCode\"?");
    assertNotGenerated(compilation);
  }
}
