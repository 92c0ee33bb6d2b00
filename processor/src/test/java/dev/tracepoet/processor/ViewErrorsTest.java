package dev.tracepoet.processor;

import static dev.tracepoet.processor.TracedClientErrorsTest.assertSingleError;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per view diagnostic ({@code @TracedClient(wraps = ...)}), in the style of {@link
 * TracedClientErrorsTest}: counted, catalogued, positioned, and no wrapper generated.
 */
class ViewErrorsTest {

  /** The wrapped "library" type, from source here (class files are covered by {@link ViewsTest}). */
  static final JavaFileObject SERVICE =
      Compilations.source(
          "lib.Service",
          "package lib;",
          "public interface Service {",
          "  String create(String params, int options);",
          "  default String create(String params) { return create(params, 0); }",
          "  Service withOptions(String option);",
          "  Other other();",
          "  interface Other { String ping(); }",
          "}");

  private static JavaFileObject view(String wraps, String extendsClause, String... body) {
    String[] lines = new String[body.length + 10];
    int i = 0;
    lines[i++] = "package test;";
    lines[i++] = "import dev.tracepoet.annotations.TracedClient;";
    lines[i++] = "import dev.tracepoet.annotations.TracedEndpoint;";
    lines[i++] = "import lib.Service;";
    lines[i++] = "@TracedClient(";
    lines[i++] = "    integration = \"acme\",";
    lines[i++] = "    wraps = " + wraps + ")";
    lines[i++] = "public interface View " + extendsClause + " {";
    for (String line : body) {
      lines[i++] = line;
    }
    lines[i++] = "}";
    lines[i++] = "";
    return Compilations.source("test.View", java.util.Arrays.copyOf(lines, i));
  }

  private static Compilation compile(JavaFileObject view) {
    return TracedClientErrorsTest.compile(SERVICE, view);
  }

  private static void assertNotGenerated(Compilation compilation) {
    assertFalse(TracedClientErrorsTest.generated(compilation, "test.TracedView"), "no wrapper for an invalid view");
  }

  @Test
  void wrappedTypeMustBeAnInterface() {
    JavaFileObject view = view("String.class", "extends Service");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "WrappedNotAnInterface", view, "wraps = String.class",
        "String is a class", "can only wrap an interface");
    assertNotGenerated(compilation);
  }

  @Test
  void viewMustExtendTheWrappedType() {
    JavaFileObject view = view("Service.class", "extends Service.Other");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "ViewMustExtendWrapped", view, "wraps = Service.class",
        "it does not extend Service (it extends Other)", "interface View extends Service");
    assertNotGenerated(compilation);
  }

  @Test
  void viewMustExtendOnlyTheWrappedType() {
    JavaFileObject view = view("Service.class", "extends Service, Runnable");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "ViewMustExtendWrapped", view, "wraps = Service.class", "it also extends Runnable");
    assertNotGenerated(compilation);
  }

  @Test
  void viewMayNotDeclareForeignMethods() {
    JavaFileObject view =
        view("Service.class", "extends Service",
            "  @TracedEndpoint",
            "  String delete(String id);");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "ViewDeclaresForeignMethod", view, "String delete(String id);",
        "View.delete(String) is not a method of Service");
    assertNotGenerated(compilation);
  }

  @Test
  void redeclarationNeedsOverride() {
    JavaFileObject view =
        view("Service.class", "extends Service",
            "  @TracedEndpoint",
            "  String create(String params, int options);");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "ViewDeclaresForeignMethod", view, "String create(String params, int options);",
        "without @Override", "add @Override");
    assertNotGenerated(compilation);
  }

  @Test
  void covariantReturnMustBeAView() {
    JavaFileObject view =
        view("Service.class", "extends Service",
            "  @Override",
            "  View withOptions(String option);",
            "  interface NotAView extends Service.Other {}",
            "  @Override",
            "  NotAView other();");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "ViewChangesReturnType", view, "NotAView other();",
        "returns NotAView instead of Other", "only allowed for deep wrapping", "@TracedClient(wraps = Other.class)");
    assertNotGenerated(compilation);
  }

  @Test
  void deepWrapTargetMustWrapTheReturnedType() {
    JavaFileObject view =
        view("Service.class", "extends Service",
            "  @Override",
            "  View withOptions(String option);",
            "  @TracedClient(integration = \"acme\", wraps = Runnable.class)",
            "  interface RunnableView extends Runnable {}",
            "  @Override",
            "  RunnableView other();");
    Compilation compilation = compile(view);
    assertSingleError(compilation, "InvalidDeepWrapTarget", view, "RunnableView other();",
        "cannot deep-wrap the Other that Service.other returns into RunnableView",
        "RunnableView is not a view of Other (it wraps Runnable)", "@TracedClient(wraps = Other.class)");
    assertNotGenerated(compilation);
  }

  @Test
  void firstArgumentHookCannotReadOtherParameters() {
    JavaFileObject hook =
        Compilations.source(
            "test.ParamsHook",
            "package test;",
            "import dev.tracepoet.runtime.Endpoint;",
            "import dev.tracepoet.runtime.EndpointHook;",
            "public abstract class ParamsHook extends EndpointHook<String, String> {",
            "  protected ParamsHook(Endpoint endpoint) { super(endpoint); }",
            "}");
    JavaFileObject view =
        view("Service.class", "extends Service",
            "  @Override",
            "  @TracedEndpoint(hook = ParamsHook.class, requestTags = {\"params\", \"options\"})",
            "  String create(String params, int options);");
    Compilation compilation = TracedClientErrorsTest.compile(SERVICE, hook, view);
    assertSingleError(compilation, "HookSeesFirstParameter", view, "@TracedEndpoint(hook = ParamsHook.class",
        "request tag \"acme.request.options\" reads parameter options", "receives only the first parameter (params)");
    assertNotGenerated(compilation);
  }
}
