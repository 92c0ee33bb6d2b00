package dev.tracepoet.processor;

import static dev.tracepoet.processor.TracedClientErrorsTest.assertSingleError;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of keyed lookups in tag paths ({@code "key=headers.values('name')"}), in
 * the style of {@link TracedClientErrorsTest}: counted, catalogued, positioned on the annotation
 * value (each on its own source line), and no wrapper generated. Also: suggestions on an exception
 * type never list {@code Throwable}'s own members.
 */
class KeyedLookupErrorsTest {

  static final JavaFileObject TYPES =
      Compilations.source(
          "test.Types",
          "package test;",
          "import java.util.List;",
          "public final class Types {",
          "  public static final class Headers {",
          "    public List<String> values(String name) { return List.of(); }",
          "    public String at(int index) { return null; }",
          "    public void put(String name) {}",
          "    public String pair(String name, String other) { return name + other; }",
          "  }",
          "  public record Request(Headers headers) {}",
          "  public static class ApiException extends RuntimeException {",
          "    private static final long serialVersionUID = 1L;",
          "    public int statusCode() { return 500; }",
          "    public Headers headers() { return new Headers(); }",
          "    @Override public String getMessage() { return \"failed\"; }",
          "  }",
          "}");

  private static JavaFileObject client(String tagsLine) {
    return Compilations.source(
        "test.Api",
        "package test;",
        "import dev.tracepoet.annotations.ErrorTags;",
        "import dev.tracepoet.annotations.TracedClient;",
        "import dev.tracepoet.annotations.TracedEndpoint;",
        "import test.Types.ApiException;",
        "import test.Types.Request;",
        "@TracedClient(integration = \"acme\")",
        "public interface Api {",
        "  @TracedEndpoint(",
        "      errorTags = @ErrorTags(type = ApiException.class, tags = \"statusCode\"),",
        tagsLine,
        "  String call(Request request);",
        "}");
  }

  private static void assertFails(String tagsLine, String id, String... words) {
    JavaFileObject api = client(tagsLine);
    Compilation compilation = TracedClientErrorsTest.compile(TYPES, api);
    assertSingleError(compilation, id, api, tagsLine.trim(), words);
    assertFalse(TracedClientErrorsTest.generated(compilation, "test.TracedApi"), "no wrapper after an error");
  }

  @Test
  void aLookupMethodThatDoesNotExist() {
    assertFails("      requestTags = \"retry=headers.valuez('retry-after')\")", "UnknownLookup",
        "tag \"retry=headers.valuez('retry-after')\" does not resolve", "has no method valuez(String)",
        "methods that take one string: values", "Did you mean \"values('retry-after')\"?");
  }

  @Test
  void aLookupMethodWithAnotherParameterType() {
    assertFails("      requestTags = \"first=headers.at('0')\")", "InvalidLookupMethod",
        "cannot call at('0') of \"headers\"", "at(int) takes an int, not a string");
  }

  @Test
  void aLookupMethodWithTwoParameters() {
    assertFails("      requestTags = \"pair=headers.pair('a')\")", "InvalidLookupMethod",
        "pair(String, String) takes 2 parameters");
  }

  @Test
  void aLookupMethodReturningVoid() {
    assertFails("      requestTags = \"put=headers.put('a')\")", "InvalidLookupMethod", "put(String) returns void");
  }

  @Test
  void anUnterminatedQuote() {
    assertFails("      requestTags = \"retry=headers.values('retry-after)\")", "MalformedLookup",
        "the quote ' of the argument of values(...) is not closed");
  }

  @Test
  void anUnquotedArgument() {
    assertFails("      requestTags = \"retry=headers.values(retry)\")", "MalformedLookup",
        "the argument of values(...) must be one string literal in quotes");
  }

  @Test
  void aMissingClosingParenthesis() {
    assertFails("      requestTags = \"retry=headers.values('retry-after'\")", "MalformedLookup",
        "the argument list of values(...) is not closed with ')'");
  }

  @Test
  void textAfterTheClosingParenthesis() {
    assertFails("      requestTags = \"retry=headers.values('retry-after')size\")", "MalformedLookup",
        "\"size\" follows the closing ')' of values(...)");
  }

  @Test
  void aLookupNeedsAKey() {
    assertFails("      requestTags = \"headers.values('retry-after')\")", "LookupNeedsKey",
        "calls a lookup but has no key", "\"retry_after=headers.values('retry-after')\"");
  }

  @Test
  void anErrorTagLookupIsResolvedAgainstTheExceptionType() {
    JavaFileObject api = Compilations.source(
        "test.Api",
        "package test;",
        "import dev.tracepoet.annotations.ErrorTags;",
        "import dev.tracepoet.annotations.TracedClient;",
        "import dev.tracepoet.annotations.TracedEndpoint;",
        "import test.Types.ApiException;",
        "import test.Types.Request;",
        "@TracedClient(integration = \"acme\", errorTags = @ErrorTags(type = ApiException.class,",
        "    tags = \"retry=headers.value('retry-after')\"))",
        "public interface Api {",
        "  @TracedEndpoint",
        "  String call(Request request);",
        "}");
    Compilation compilation = TracedClientErrorsTest.compile(TYPES, api);
    assertSingleError(compilation, "UnknownLookup", api, "tags = \"retry=headers.value('retry-after')\"",
        "has no method value(String)", "Did you mean \"values('retry-after')\"?");
  }

  @Test
  void suggestionsOnAnExceptionTypeNeverListThrowablesMembers() {
    JavaFileObject api = Compilations.source(
        "test.Api",
        "package test;",
        "import dev.tracepoet.annotations.ErrorTags;",
        "import dev.tracepoet.annotations.TracedClient;",
        "import dev.tracepoet.annotations.TracedEndpoint;",
        "import test.Types.ApiException;",
        "import test.Types.Request;",
        "@TracedClient(integration = \"acme\", errorTags = @ErrorTags(type = ApiException.class,",
        "    tags = \"mesage\"))",
        "public interface Api {",
        "  @TracedEndpoint",
        "  String call(Request request);",
        "}");
    Compilation compilation = TracedClientErrorsTest.compile(TYPES, api);
    // getMessage() (even overridden), getCause(), getStackTrace(), getLocalizedMessage(), getSuppressed() are not offered
    assertSingleError(compilation, "UnknownErrorTag", api, "tags = \"mesage\"",
        "has no property \"mesage\" (available: headers, statusCode)", "Use one of the available properties");
  }
}
