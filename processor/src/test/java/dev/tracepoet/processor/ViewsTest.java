package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views ({@code @TracedClient(wraps = X.class)}) over {@link VendorLibrary}, compiled against its
 * class files: the generated code compiles strictly, matches the goldens in {@code
 * goldens/views}, and behaves (one span per overload call, forwarded accessors that still work,
 * deep wrapping with the same wrapper for the same delegate result, {@code withOptions} traced).
 */
class ViewsTest {
  static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  static final JavaFileObject COMPLETIONS_VIEW =
      JavaFileObjects.forSourceString(
          "views.CompletionsView",
          """
          package views;

          import dev.tracepoet.annotations.TracedClient;
          import dev.tracepoet.annotations.TracedEndpoint;
          import java.util.function.Consumer;
          import vendor.sdk.Completion;
          import vendor.sdk.CompletionService;
          import vendor.sdk.CreateParams;
          import vendor.sdk.Options;
          import vendor.sdk.RequestOptions;

          @TracedClient(integration = "vendor", wraps = CompletionService.class)
          public interface CompletionsView extends CompletionService {
            @Override
            @TracedEndpoint(name = "chat", requestTags = {"model=params.model", "user=params.user"}, responseTags = "id")
            Completion create(CreateParams params, RequestOptions requestOptions);

            @Override
            CompletionsView withOptions(Consumer<Options.Builder> modifier);
          }
          """);

  static final JavaFileObject CHAT_VIEW =
      JavaFileObjects.forSourceString(
          "views.ChatView",
          """
          package views;

          import dev.tracepoet.annotations.TracedClient;
          import java.util.function.Consumer;
          import vendor.sdk.ChatService;
          import vendor.sdk.Options;

          @TracedClient(integration = "vendor", wraps = ChatService.class)
          public interface ChatView extends ChatService {
            @Override
            CompletionsView completions();

            @Override
            ChatView withOptions(Consumer<Options.Builder> modifier);
          }
          """);

  private InMemorySpanExporter exporter;
  private OpenTelemetrySdk openTelemetry;

  @BeforeEach
  void setUp() {
    exporter = InMemorySpanExporter.create();
    openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build();
  }

  @AfterEach
  void tearDown() {
    openTelemetry.close();
  }

  private static Compilation compileViews(JavaFileObject... more) {
    JavaFileObject[] sources = new JavaFileObject[more.length + 2];
    sources[0] = COMPLETIONS_VIEW;
    sources[1] = CHAT_VIEW;
    System.arraycopy(more, 0, sources, 2, more.length);
    Compilation compilation = VendorLibrary.compile(STRICT, sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void viewAndDeepWrappedAccessorMatchGoldens() {
    Compilation compilation = compileViews();
    TracedClientGenerationTest.assertGolden(compilation, "views.TracedCompletionsView");
    TracedClientGenerationTest.assertGolden(compilation, "views.TracedChatView");
  }

  /** Runs {@code body} (the statements of {@code apply}, with {@code otel} in scope) in a compiled driver. */
  private String drive(String body) {
    JavaFileObject driver =
        JavaFileObjects.forSourceString(
            "views.Driver",
            """
            package views;

            import io.opentelemetry.api.OpenTelemetry;
            import java.util.function.Function;
            import vendor.sdk.*;

            public final class Driver implements Function<OpenTelemetry, String> {
              @Override
              public String apply(OpenTelemetry otel) {
            """ + body + """
              }
            }
            """);
    Compilation compilation = compileViews(driver);
    ClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, VendorLibrary.loader(getClass().getClassLoader()));
    try {
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> function =
          (Function<OpenTelemetry, String>) loader.loadClass("views.Driver").getDeclaredConstructor().newInstance();
      return function.apply(openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  @Test
  void everyOverloadRecordsExactlyOneSpan() {
    String result =
        drive(
            """
                CompletionsView completions = TracedCompletionsView.wrap(Impl.chat("a").completions(), otel);
                Completion viaDefault = completions.create(new CreateParams("m1", "u1"));
                Completion direct = completions.create(new CreateParams("m2", null), RequestOptions.none());
                Completion viaBridge = CompletionService.create$default(completions, new CreateParams("m3", null), null, 2, null);
                return viaDefault.model() + direct.model() + viaBridge.model() + Impl.CALLS.get();
            """);
    assertEquals("m1m2m33", result, "each call reaches the delegate exactly once");
    List<SpanData> spans = spans();
    assertEquals(List.of("chat", "chat", "chat"), spans.stream().map(SpanData::getName).collect(Collectors.toList()));
    assertEquals("m1", spans.get(0).getAttributes().get(AttributeKey.stringKey("vendor.request.model")));
    assertEquals("u1", spans.get(0).getAttributes().get(AttributeKey.stringKey("vendor.request.user")));
    assertEquals("cmpl-a", spans.get(0).getAttributes().get(AttributeKey.stringKey("vendor.response.id")));
    assertEquals(null, spans.get(1).getAttributes().get(AttributeKey.stringKey("vendor.request.user")));
  }

  @Test
  void defaultsOfUntracedNamesAndAbstractMethodsAreForwarded() {
    String result =
        drive(
            """
                CompletionsView completions = TracedCompletionsView.wrap(Impl.chat("a").completions(), otel);
                // messages() is a default that throws on the interface: forwarded, the SDK's own works.
                String message = completions.messages().list("c1").get(0);
                // retrieve(id) is a default, but retrieve is not traced: forwarded, no span.
                Completion stored = completions.retrieve("c2");
                return message + "|" + stored.id() + "|" + stored.model();
            """);
    assertEquals("message of c1|c2|stored", result);
    assertEquals(List.of(), spans());
  }

  @Test
  void deepWrappedAccessorReturnsTheSameTracedWrapperForTheSameDelegateResult() {
    String result =
        drive(
            """
                ChatView chat = TracedChatView.wrap(Impl.chat("a"), otel);
                CompletionsView first = chat.completions();
                CompletionsView second = chat.completions();
                first.create(new CreateParams("m", null));
                chat.completions().create(new CreateParams("m", null), RequestOptions.none());
                return (first == second) + "|" + (first instanceof TracedCompletionsView) + "|" + (chat.completions() == first);
            """);
    assertEquals("true|true|true", result);
    assertEquals(2, spans().size());
  }

  @Test
  void withOptionsResultIsTracedToo() {
    String result =
        drive(
            """
                ChatView chat = TracedChatView.wrap(Impl.chat("a"), otel);
                ChatView derived = chat.withOptions(b -> b.header("b"));
                Completion viaChat = derived.completions().create(new CreateParams("m", null));
                CompletionsView completions = chat.completions().withOptions(b -> b.header("c"));
                Completion viaCompletions = completions.create(new CreateParams("m", null));
                return viaChat.id() + "|" + viaCompletions.id() + "|" + (derived != chat);
            """);
    assertEquals("cmpl-b|cmpl-c|true", result);
    assertEquals(
        List.of("cmpl-b", "cmpl-c"),
        spans().stream().map(s -> s.getAttributes().get(AttributeKey.stringKey("vendor.response.id"))).collect(Collectors.toList()));
  }

  @Test
  void nullDelegateResultGivesNull() {
    String result =
        drive(
            """
                ChatService empty = new ChatService() {
                  @Override public ChatService withOptions(java.util.function.Consumer<Options.Builder> modifier) { return null; }
                  @Override public CompletionService completions() { return null; }
                };
                ChatView chat = TracedChatView.wrap(empty, otel);
                return chat.completions() + "|" + chat.withOptions(b -> {});
            """);
    assertEquals("null|null", result);
  }

  static final JavaFileObject HOOKED_VIEW =
      JavaFileObjects.forSourceString(
          "views.HookedCompletions",
          """
          package views;

          import dev.tracepoet.annotations.TracedClient;
          import dev.tracepoet.annotations.TracedEndpoint;
          import vendor.sdk.Completion;
          import vendor.sdk.CompletionService;
          import vendor.sdk.CreateParams;
          import vendor.sdk.RequestOptions;

          @TracedClient(integration = "vendor", wraps = CompletionService.class)
          public interface HookedCompletions extends CompletionService {
            @Override
            @TracedEndpoint(name = "chat", hook = ModelHook.class, requestTags = "model=params.model")
            Completion create(CreateParams params, RequestOptions requestOptions);
          }
          """);

  static final JavaFileObject MODEL_HOOK =
      JavaFileObjects.forSourceString(
          "views.ModelHook",
          """
          package views;

          import dev.tracepoet.runtime.Endpoint;
          import dev.tracepoet.runtime.EndpointHook;
          import io.opentelemetry.api.trace.Span;
          import vendor.sdk.Completion;
          import vendor.sdk.CreateParams;

          /** A hand-written hook of a two-parameter endpoint: it sees the first argument. */
          public abstract class ModelHook extends EndpointHook<CreateParams, Completion> {
            protected ModelHook(Endpoint endpoint) { super(endpoint); }

            @Override
            protected void recordRequest(Span span, CreateParams params) {
              span.setAttribute("hook.user", params.user().orElse("none"));
            }

            @Override
            protected void postResponse(Span span, CreateParams params, Completion response, Throwable error) {
              span.setAttribute("hook.response", response == null ? "error" : response.id());
            }
          }
          """);

  @Test
  void customHookOnTwoParameterEndpointSeesTheFirstArgument() {
    JavaFileObject driver =
        JavaFileObjects.forSourceString(
            "views.HookDriver",
            """
            package views;

            import io.opentelemetry.api.OpenTelemetry;
            import java.util.function.Function;
            import vendor.sdk.*;

            public final class HookDriver implements Function<OpenTelemetry, String> {
              @Override
              public String apply(OpenTelemetry otel) {
                HookedCompletions completions = TracedHookedCompletions.wrap(Impl.chat("h").completions(), otel);
                return completions.create(new CreateParams("m", "u")).id() + "|"
                    + completions.create(new CreateParams("n", null), RequestOptions.none()).id() + "|" + Impl.CALLS.get();
              }
            }
            """);
    Compilation compilation = VendorLibrary.compile(STRICT, HOOKED_VIEW, MODEL_HOOK, driver);
    assertThat(compilation).succeededWithoutWarnings();
    TracedClientGenerationTest.assertGolden(compilation, "views.TracedHookedCompletions");
    ClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, VendorLibrary.loader(getClass().getClassLoader()));
    try {
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> function =
          (Function<OpenTelemetry, String>) loader.loadClass("views.HookDriver").getDeclaredConstructor().newInstance();
      assertEquals("cmpl-h|cmpl-h|2", function.apply(openTelemetry));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    List<SpanData> spans = spans();
    assertEquals(2, spans.size());
    assertEquals("m", spans.get(0).getAttributes().get(AttributeKey.stringKey("vendor.request.model")));
    assertEquals("u", spans.get(0).getAttributes().get(AttributeKey.stringKey("hook.user")));
    assertEquals("none", spans.get(1).getAttributes().get(AttributeKey.stringKey("hook.user")));
    assertEquals("cmpl-h", spans.get(1).getAttributes().get(AttributeKey.stringKey("hook.response")));
  }
}
