package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tracepoet.processor.TracedClientErrorsTest.assertSingleError;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code @TracedClient(adapters)} / {@code @TracedEndpoint(adapter)}: checks, generated code, behaviour. */
class ResultAdapterProcessorTest {

  /** A library result type (pull with next(), null at the end) and an adapter for it. */
  static final JavaFileObject FEED =
      source(
          "lib.Feed",
          "package lib;",
          "public interface Feed<E> {",
          "  E next();",
          "  void close();",
          "}");

  static final JavaFileObject FEED_ADAPTER =
      source(
          "lib.FeedAdapter",
          "package lib;",
          "import dev.tracepoet.runtime.CallObserver;",
          "import dev.tracepoet.runtime.ResultAdapter;",
          "public final class FeedAdapter<E> implements ResultAdapter<Feed<E>, E> {",
          "  @Override",
          "  public Feed<E> adapt(Feed<E> feed, CallObserver<E> call) {",
          "    Feed<E> traced = new Feed<E>() {",
          "      @Override public E next() {",
          "        E e;",
          "        try {",
          "          e = call.inCall(feed::next);",
          "        } catch (RuntimeException failure) {",
          "          call.fail(failure);",
          "          throw failure;",
          "        }",
          "        if (e == null) { call.complete(); } else { call.element(e); }",
          "        return e;",
          "      }",
          "      @Override public void close() { call.cancel(); feed.close(); }",
          "    };",
          "    call.watch(traced);",
          "    return traced;",
          "  }",
          "}");

  static final JavaFileObject CHUNK =
      source("lib.Chunk", "package lib;", "public record Chunk(String id, String text) {}");

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  /** {@code test.Api} with the given client annotation and body. */
  static JavaFileObject api(String clientAnnotation, String... body) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "package test;",
                "import dev.tracepoet.annotations.TracedClient;",
                "import dev.tracepoet.annotations.TracedEndpoint;",
                "import lib.*;",
                clientAnnotation,
                "public interface Api {"));
    lines.addAll(Arrays.asList(body));
    lines.add("}");
    return source("test.Api", lines.toArray(new String[0]));
  }

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(FEED, FEED_ADAPTER, CHUNK));
    all.addAll(Arrays.asList(sources));
    return TracedClientErrorsTest.compile(all.toArray(new JavaFileObject[0]));
  }

  // ---------------------------------------------------------------- InvalidResultAdapter, one rule each

  @Nested
  class InvalidResultAdapter {
    private void assertRefused(JavaFileObject adapter, String rule) {
      JavaFileObject src =
          api(
              "@TracedClient(integration = \"acme\")",
              "  @TracedEndpoint(name = \"feed\", adapter = lib.Bad.class)",
              "  Feed<Chunk> feed(String prompt);");
      Compilation compilation = compile(adapter, src);
      assertSingleError(compilation, "InvalidResultAdapter", src, "adapter = lib.Bad.class",
          "lib.Bad cannot be used as the return adapter of Api.feed(String)", rule, "README, \"Return adapters\"");
    }

    private JavaFileObject bad(String... lines) {
      List<String> all = new ArrayList<>(List.of("package lib;", "import dev.tracepoet.runtime.*;"));
      all.addAll(Arrays.asList(lines));
      return source("lib.Bad", all.toArray(new String[0]));
    }

    @Test
    void notAClass() {
      assertRefused(bad("public interface Bad<E> extends ResultAdapter<Feed<E>, E> {}"), "it is an interface, not a class");
    }

    @Test
    void notPublic() {
      // In another package javac itself refuses the class literal; in the client's package it resolves.
      JavaFileObject hidden =
          source("test.Hidden", "package test;", "import dev.tracepoet.runtime.*;", "import lib.*;",
              "final class Hidden<E> implements ResultAdapter<Feed<E>, E> {",
              "  public Feed<E> adapt(Feed<E> f, CallObserver<E> c) { return f; }", "}");
      JavaFileObject src =
          api(
              "@TracedClient(integration = \"acme\")",
              "  @TracedEndpoint(name = \"feed\", adapter = Hidden.class)",
              "  Feed<Chunk> feed(String prompt);");
      assertSingleError(compile(hidden, src), "InvalidResultAdapter", src, "adapter = Hidden.class",
          "test.Hidden cannot be used as the return adapter of Api.feed(String)", "it is not public");
    }

    @Test
    void abstractClass() {
      assertRefused(bad("public abstract class Bad<E> implements ResultAdapter<Feed<E>, E> {}"), "it is abstract");
    }

    @Test
    void noPublicNoArgConstructor() {
      assertRefused(
          bad("public final class Bad<E> implements ResultAdapter<Feed<E>, E> {",
              "  public Bad(String name) {}",
              "  public Feed<E> adapt(Feed<E> f, CallObserver<E> c) { return f; }", "}"),
          "it has no public no-argument constructor");
    }

    @Test
    void doesNotImplementResultAdapter() {
      assertRefused(bad("public final class Bad {}"), "it does not implement dev.tracepoet.runtime.ResultAdapter<T, E>");
    }

    @Test
    void rawResultAdapter() {
      assertRefused(
          bad("@SuppressWarnings({\"rawtypes\", \"unchecked\"})",
              "public final class Bad implements ResultAdapter {",
              "  public Object adapt(Object f, CallObserver c) { return f; }", "}"),
          "it implements the raw type dev.tracepoet.runtime.ResultAdapter");
    }

    @Test
    void adaptsAnotherType() {
      assertRefused(
          bad("public final class Bad<E> implements ResultAdapter<java.util.Iterator<E>, E> {",
              "  public java.util.Iterator<E> adapt(java.util.Iterator<E> f, CallObserver<E> c) { return f; }", "}"),
          "it adapts java.util.Iterator<E>, but the method returns lib.Feed<lib.Chunk>");
    }

    @Test
    void typeArgumentsDoNotMatch() {
      assertRefused(
          bad("public final class Bad implements ResultAdapter<Feed<String>, String> {",
              "  public Feed<String> adapt(Feed<String> f, CallObserver<String> c) { return f; }", "}"),
          "does not match the return type lib.Feed<lib.Chunk>: expected java.lang.String but found lib.Chunk");
    }

    @Test
    void typeVariableNotDeterminedByTheReturnType() {
      assertRefused(
          bad("public final class Bad<E, X> implements ResultAdapter<Feed<E>, E> {",
              "  public Feed<E> adapt(Feed<E> f, CallObserver<E> c) { return f; }", "}"),
          "its type variable X does not occur in lib.Feed<E>");
    }

    @Test
    void boundNotSatisfied() {
      assertRefused(
          bad("public final class Bad<E extends Number> implements ResultAdapter<Feed<E>, E> {",
              "  public Feed<E> adapt(Feed<E> f, CallObserver<E> c) { return f; }", "}"),
          "binds its type variable E to lib.Chunk, which is not within its bound java.lang.Number");
    }

    @Test
    void wildcardReturnTypeArgument() {
      JavaFileObject src =
          api(
              "@TracedClient(integration = \"acme\")",
              "  @TracedEndpoint(name = \"feed\", adapter = FeedAdapter.class)",
              "  Feed<? extends Chunk> feed(String prompt);");
      assertSingleError(compile(src), "InvalidResultAdapter", src, "adapter = FeedAdapter.class",
          "the wildcard ? extends lib.Chunk cannot bind E");
    }

    @Test
    void invalidClientAdapterIsReportedOnTheClient() {
      JavaFileObject src =
          api(
              "@TracedClient(integration = \"acme\", adapters = {FeedAdapter.class, String.class})",
              "  @TracedEndpoint(name = \"feed\")",
              "  Feed<Chunk> feed(String prompt);");
      assertSingleError(compile(src), "InvalidResultAdapter", src, "adapters = {FeedAdapter.class, String.class}",
          "java.lang.String cannot be used as the return adapter of test.Api",
          "it does not implement dev.tracepoet.runtime.ResultAdapter<T, E>");
    }

    @Test
    void knownUnobservableTypeWithoutAnAdapterSaysHowToDeclareOne() {
      JavaFileObject flux = source("reactor.core.publisher.Flux", "package reactor.core.publisher;",
          "public abstract class Flux<T> {}");
      JavaFileObject src =
          api("@TracedClient(integration = \"acme\")",
              "  @TracedEndpoint(name = \"flux\")",
              "  reactor.core.publisher.Flux<Chunk> flux(String prompt);");
      assertSingleError(compile(flux, src), "UnobservableAsyncType", src, "@TracedEndpoint(name = \"flux\")",
          "Declare a return adapter for it", "dev.tracepoet.runtime.ResultAdapter<T, E>",
          "@TracedEndpoint(adapter = ...) or @TracedClient(adapters = ...)");
    }
  }

  @Test
  void theOpenAiSdksStreamResponsesNeedAnAdapter() {
    for (String type : List.of("StreamResponse", "AsyncStreamResponse")) {
      JavaFileObject stub = source("com.openai.core.http." + type, "package com.openai.core.http;",
          "public interface " + type + "<T> {}");
      JavaFileObject src =
          api("@TracedClient(integration = \"acme\")",
              "  @TracedEndpoint(name = \"stream\")",
              "  com.openai.core.http." + type + "<Chunk> stream(String prompt);");
      assertSingleError(compile(stub, src), "UnobservableAsyncType", src, "@TracedEndpoint(name = \"stream\")",
          "com.openai.core.http." + type + " (OpenAI Java SDK)", "Declare a return adapter for it");
    }
  }

  // ---------------------------------------------------------------- generated code

  @Test
  void generatesOneStaticAdapterPerEndpointAndCallsCallAdapted() {
    JavaFileObject src =
        api(
            "@TracedClient(integration = \"acme\", adapters = FeedAdapter.class)",
            "  @TracedEndpoint(name = \"feed\", responseTags = \"id\", completion = \"text\")",
            "  Feed<Chunk> feedChunks(String prompt);");
    List<JavaFileObject> all = new ArrayList<>(List.of(FEED, FEED_ADAPTER, CHUNK, src));
    Compilation compilation = InterfaceShapesTest.compileClean(all.toArray(new JavaFileObject[0]));
    String wrapper = InterfaceShapesTest.generated(compilation, "test.TracedApi");
    InterfaceShapesTest.assertContains(
        wrapper,
        "private static final FeedAdapter<Chunk> FEED_CHUNKS_ADAPTER = new FeedAdapter<>();",
        "return this.feedChunksHook.callAdapted(prompt, this.feedChunksCall, FEED_CHUNKS_ADAPTER);",
        "extends GeneratedHook<String, Chunk>",
        "protected void recordResponse(Span span, Chunk response)");
  }

  @Test
  void anUnobservableTypeWithAnAdapterIsTraced() {
    JavaFileObject flux = source("reactor.core.publisher.Flux", "package reactor.core.publisher;",
        "public interface Flux<T> { T first(); }");
    JavaFileObject adapter = source("lib.FluxAdapter", "package lib;",
        "import dev.tracepoet.runtime.*;",
        "import reactor.core.publisher.Flux;",
        "public final class FluxAdapter<E> implements ResultAdapter<Flux<E>, E> {",
        "  @Override public Flux<E> adapt(Flux<E> flux, CallObserver<E> call) { call.complete(); return flux; }",
        "}");
    JavaFileObject src =
        api("@TracedClient(integration = \"acme\")",
            "  @TracedEndpoint(name = \"flux\", adapter = FluxAdapter.class)",
            "  reactor.core.publisher.Flux<Chunk> flux(String prompt);");
    List<JavaFileObject> all = new ArrayList<>(List.of(FEED, FEED_ADAPTER, CHUNK, flux, adapter, src));
    InterfaceShapesTest.compileClean(all.toArray(new JavaFileObject[0]));
  }

  @Test
  void aGenericClientKeepsOneAdapterPerWrapper() {
    JavaFileObject src =
        source("test.Api", "package test;",
            "import dev.tracepoet.annotations.*;",
            "import lib.*;",
            "@TracedClient(integration = \"acme\", adapters = FeedAdapter.class)",
            "public interface Api<T> {",
            "  @TracedEndpoint(name = \"feed\")",
            "  Feed<T> feed(String prompt);",
            "}");
    List<JavaFileObject> all = new ArrayList<>(List.of(FEED, FEED_ADAPTER, CHUNK, src));
    Compilation compilation = InterfaceShapesTest.compileClean(all.toArray(new JavaFileObject[0]));
    InterfaceShapesTest.assertContains(
        InterfaceShapesTest.generated(compilation, "test.TracedApi"),
        "private final FeedAdapter<T> FEED_ADAPTER = new FeedAdapter<>();");
  }

  // ---------------------------------------------------------------- behaviour of the generated wrapper

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk openTelemetry =
      OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
          .build();

  @AfterEach
  void closeSdk() {
    openTelemetry.close();
  }

  @Test
  void theWrapperTracesElementsAndEndsOnceOnExhaustionOrClose() throws Exception {
    JavaFileObject src =
        api(
            "@TracedClient(integration = \"acme\", adapters = FeedAdapter.class)",
            "  @TracedEndpoint(name = \"feed\", responseTags = \"id\")",
            "  Feed<Chunk> feed(String prompt);",
            "  @TracedEndpoint(name = \"plain\")",
            "  java.util.List<Chunk> plain(String prompt);");
    JavaFileObject driver =
        source("test.Driver", "package test;",
            "import io.opentelemetry.api.OpenTelemetry;",
            "import java.util.Iterator;",
            "import java.util.List;",
            "import lib.*;",
            "public final class Driver implements java.util.function.Function<OpenTelemetry, String> {",
            "  @Override public String apply(OpenTelemetry otel) {",
            "    Api delegate = new Api() {",
            "      @Override public Feed<Chunk> feed(String prompt) {",
            "        Iterator<Chunk> it = List.of(new Chunk(\"c1\", \"a\"), new Chunk(\"c2\", \"b\")).iterator();",
            "        return new Feed<Chunk>() {",
            "          @Override public Chunk next() { return it.hasNext() ? it.next() : null; }",
            "          @Override public void close() {}",
            "        };",
            "      }",
            "      @Override public List<Chunk> plain(String prompt) { return List.of(); }",
            "    };",
            "    Api api = TracedApi.wrap(delegate, otel);",
            "    StringBuilder out = new StringBuilder();",
            "    Feed<Chunk> all = api.feed(\"hi\");",
            "    for (Chunk c = all.next(); c != null; c = all.next()) { out.append(c.text()); }",
            "    Feed<Chunk> one = api.feed(\"hi\");",
            "    out.append(one.next().text());",
            "    one.close();",
            "    one.close();",
            "    api.plain(\"x\");",
            "    return out.toString();",
            "  }",
            "}");
    List<JavaFileObject> all = new ArrayList<>(List.of(FEED, FEED_ADAPTER, CHUNK, src, driver));
    Compilation compilation = InterfaceShapesTest.compileClean(all.toArray(new JavaFileObject[0]));
    GeneratedBehaviourTest.CompiledClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, getClass().getClassLoader());
    @SuppressWarnings("unchecked")
    Function<OpenTelemetry, String> run =
        (Function<OpenTelemetry, String>) loader.loadClass("test.Driver").getDeclaredConstructor().newInstance();
    assertEquals("aba", run.apply(openTelemetry));
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(List.of("feed", "feed", "plain"), spans.stream().map(SpanData::getName).toList());
    SpanData consumed = spans.get(0);
    assertEquals(2L, consumed.getAttributes().get(AttributeKey.longKey("tracepoet.stream.elements")));
    assertEquals("c2", consumed.getAttributes().get(AttributeKey.stringKey("acme.response.id")));
    assertEquals(null, consumed.getAttributes().get(AttributeKey.booleanKey("tracepoet.cancelled")));
    SpanData closed = spans.get(1);
    assertEquals(1L, closed.getAttributes().get(AttributeKey.longKey("tracepoet.stream.elements")));
    assertEquals("c1", closed.getAttributes().get(AttributeKey.stringKey("acme.response.id")));
    assertTrue(closed.getAttributes().get(AttributeKey.booleanKey("tracepoet.cancelled")));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anAdaptedResultFailingRecordsTheErrorTags() throws Exception {
    JavaFileObject src =
        api(
            "@TracedClient(integration = \"acme\", adapters = FeedAdapter.class, errorTags ="
                + " @dev.tracepoet.annotations.ErrorTags(type = IllegalStateException.class,"
                + " tags = {\"reason=message\", \"^error.type=localizedMessage\"}))",
            "  @TracedEndpoint(name = \"feed\")",
            "  Feed<Chunk> feed(String prompt);");
    JavaFileObject driver =
        source("test.Driver", "package test;",
            "import io.opentelemetry.api.OpenTelemetry;",
            "import lib.*;",
            "public final class Driver implements java.util.function.Function<OpenTelemetry, String> {",
            "  @Override public String apply(OpenTelemetry otel) {",
            "    Api delegate = prompt -> new Feed<Chunk>() {",
            "      @Override public Chunk next() { throw new IllegalStateException(\"feed broke\"); }",
            "      @Override public void close() {}",
            "    };",
            "    Feed<Chunk> feed = TracedApi.wrap(delegate, otel).feed(\"hi\");",
            "    try {",
            "      feed.next();",
            "      return \"no exception\";",
            "    } catch (IllegalStateException e) {",
            "      return e.getMessage();",
            "    }",
            "  }",
            "}");
    List<JavaFileObject> all = new ArrayList<>(List.of(FEED, FEED_ADAPTER, CHUNK, src, driver));
    Compilation compilation = InterfaceShapesTest.compileClean(all.toArray(new JavaFileObject[0]));
    GeneratedBehaviourTest.CompiledClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, getClass().getClassLoader());
    @SuppressWarnings("unchecked")
    Function<OpenTelemetry, String> run =
        (Function<OpenTelemetry, String>) loader.loadClass("test.Driver").getDeclaredConstructor().newInstance();
    assertEquals("feed broke", run.apply(openTelemetry), "the caller gets the delegate's exception");
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(1, spans.size());
    assertEquals("feed broke", spans.get(0).getAttributes().get(AttributeKey.stringKey("acme.error.reason")));
    assertEquals("feed broke", spans.get(0).getAttributes().get(AttributeKey.stringKey("error.type")),
        "the ^error.type error tag, through CallObserver.fail");
  }
}
