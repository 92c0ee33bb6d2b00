package dev.tracepoet.processor;

import static dev.tracepoet.processor.TracedClientErrorsTest.api;
import static dev.tracepoet.processor.TracedClientErrorsTest.assertSingleError;
import static dev.tracepoet.processor.TracedClientErrorsTest.compile;
import static dev.tracepoet.processor.TracedClientErrorsTest.generated;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 7 (absolute keys, {@code "^key=path"}) and item 5's rule that suggestions never
 * offer SDK raw accessors ({@code _model()}).
 */
class AbsoluteKeysTest {

  @Test
  void absoluteKeysAreRecordedAsWritten() {
    Compilation compilation =
        InterfaceShapesTest.compileClean(
            TracedClientErrorsTest.MODEL,
            api(
                "  @TracedEndpoint(requestTags = {\"^user.id=user\", \"model\"},",
                "      responseTags = {\"^gen_ai.response.id=id\", \"^my-vendor.total=usage.total_tokens\"})",
                "  Model.Response create(Model.Request request);"));
    String source = InterfaceShapesTest.generated(compilation, "test.TracedApi");
    InterfaceShapesTest.assertContains(
        source,
        "AttributeKey.stringKey(\"user.id\")",
        "AttributeKey.stringKey(\"acme.request.model\")",
        "AttributeKey.stringKey(\"gen_ai.response.id\")",
        "AttributeKey.longKey(\"my-vendor.total\")");
    assertFalse(source.contains("acme.request.user.id"), source);
  }

  @Test
  void invalidAbsoluteKey() {
    JavaFileObject src =
        api(
            "  @TracedEndpoint(requestTags = {",
            "      \"model\",",
            "      \"^User Id=user\"})",
            "  Model.Response create(Model.Request request);");
    Compilation compilation = compile(src);
    assertSingleError(compilation, "InvalidAttributeKey", src, "\"^User Id=user\"",
        "tag \"^User Id=user\"", "invalid absolute attribute key", "\"User Id\" contains other characters",
        "lower-case letters, digits");
    assertFalse(generated(compilation, "test.TracedApi"));
  }

  @Test
  void emptyAbsoluteKey() {
    JavaFileObject src =
        api(
            "  @TracedEndpoint(responseTags = \"^=id\")",
            "  Model.Response create(Model.Request request);");
    Compilation compilation = compile(src);
    assertSingleError(compilation, "InvalidAttributeKey", src, "\"^=id\"", "the key after '^' is empty");
    assertFalse(generated(compilation, "test.TracedApi"));
  }

  @Test
  void suggestionsNeverOfferRawUnderscoreAccessors() {
    JavaFileObject sdk =
        Compilations.source(
            "test.Params",
            "package test;",
            "public final class Params {",
            "  public String model() { return \"m\"; }",
            "  public Object _model() { return \"raw\"; }",
            "  public Object _promptCacheKey() { return null; }",
            "  public String promptCacheKey() { return null; }",
            "}");
    JavaFileObject src =
        api(
            "  @TracedEndpoint(requestTags = \"modle\")",
            "  void create(Params params);");
    Compilation compilation = compile(sdk, src);
    assertSingleError(compilation, "UnknownRequestTag", src, "\"modle\"",
        "available: model, promptCacheKey)", "Did you mean \"model\"?");
    String message = TracedClientErrorsTest.errors(compilation);
    assertTrue(!message.contains("_model") && !message.contains("_promptCacheKey"), message);
  }
}
