package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs generated wrappers with a real OpenTelemetry SDK: each test compiles an interface, and a
 * small {@code Driver} (a {@code Function<OpenTelemetry, String>} that wraps a hand-written delegate
 * and calls it through the interface) in one strict compilation, loads the classes from the
 * compilation's CLASS_OUTPUT and asserts on the driver's result and the exported spans.
 *
 * <p>Reflection is used only here, to instantiate the loaded driver.
 */
class GeneratedBehaviourTest {
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

  // ------------------------------------------------------------------ harness

  /** Loads the classes a compilation wrote to CLASS_OUTPUT; everything else from the test class path. */
  static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClassLoader(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        // e.g. mem:///CLASS_OUTPUT/behaviour/Driver.class
        String path = file.toUri().getPath();
        String relative = path.substring(path.indexOf('/', 1) + 1);
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    boolean has(String name) {
      return classes.containsKey(name);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  static JavaFileObject java(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Compiles strictly (-Xlint:all -Werror, no warnings), then runs {@code driver} with the SDK. */
  private String run(String driver, JavaFileObject... sources) {
    Compilation compilation = InterfaceShapesTest.compileClean(sources);
    CompiledClassLoader loader = new CompiledClassLoader(compilation, getClass().getClassLoader());
    assertTrue(loader.has(driver), () -> "no class " + driver + " in " + compilation.generatedFiles());
    try {
      Object instance = loader.loadClass(driver).getDeclaredConstructor().newInstance();
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> function = (Function<OpenTelemetry, String>) instance;
      return function.apply(openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  private List<String> spanNames() {
    return spans().stream().map(SpanData::getName).collect(Collectors.toList());
  }

  private static String string(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }

  private static Long number(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.longKey(key));
  }

  private static void assertSucceeded(SpanData span) {
    assertEquals(SpanKind.CLIENT, span.getKind(), span.toString());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode(), span.toString());
    assertTrue(span.getEvents().isEmpty(), span.toString());
  }

  private static void assertFailedWith(SpanData span, String exceptionClass) {
    assertEquals(SpanKind.CLIENT, span.getKind(), span.toString());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode(), span.toString());
    assertEquals(exceptionClass, string(span, "error.type"), span.toString());
    List<EventData> events = span.getEvents();
    assertEquals(1, events.size(), span.toString());
    assertEquals("exception", events.get(0).getName());
    assertEquals(
        exceptionClass, events.get(0).getAttributes().get(AttributeKey.stringKey("exception.type")));
  }

  // ------------------------------------------------------------------ shapes

  @Test
  void genericMethodEndpointReturnsTheTypeVariable() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Ranking",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.util.List;

                @TracedClient(integration = "shapes")
                public interface Ranking {
                  @TracedEndpoint
                  <T extends Comparable<? super T>> T max(List<? extends T> items);

                  @TracedEndpoint(requestTags = "label")
                  <T> T first(String label, List<T> items);
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.time.LocalDate;
                import java.util.Collections;
                import java.util.List;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Ranking delegate = new Ranking() {
                      @Override
                      public <T extends Comparable<? super T>> T max(List<? extends T> items) {
                        return Collections.max(items);
                      }

                      @Override
                      public <T> T first(String label, List<T> items) {
                        return items.get(0);
                      }
                    };
                    Ranking api = TracedRanking.wrap(delegate, openTelemetry);
                    String text = api.max(List.of("b", "c", "a"));
                    Integer number = api.max(List.of(3, 9, 1));
                    LocalDate date = api.first("dates", List.of(LocalDate.of(2020, 1, 2)));
                    return text + "," + number + "," + date;
                  }
                }
                """));
    assertEquals("c,9,2020-01-02", result);
    assertEquals(List.of("max", "max", "first"), spanNames());
    spans().forEach(GeneratedBehaviourTest::assertSucceeded);
    assertEquals("dates", string(spans().get(2), "shapes.request.label"));
  }

  @Test
  void varargsEndpoints() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Joiner",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface Joiner {
                  @TracedEndpoint(requestTags = {"separator", "parts_count=parts.length"})
                  String join(String separator, String... parts);

                  @TracedEndpoint(requestTags = "values")
                  long sum(int... values);
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;
                import java.util.stream.IntStream;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Joiner delegate = new Joiner() {
                      @Override
                      public String join(String separator, String... parts) {
                        return String.join(separator, parts);
                      }

                      @Override
                      public long sum(int... values) {
                        return IntStream.of(values).sum();
                      }
                    };
                    Joiner api = TracedJoiner.wrap(delegate, openTelemetry);
                    return api.join("-", "a", "b", "c") + "|" + api.join("+") + "|"
                        + api.join(",", new String[] {"x"}) + "|" + api.sum(1, 2, 3);
                  }
                }
                """));
    assertEquals("a-b-c||x|6", result);
    assertEquals(List.of("join", "join", "join", "sum"), spanNames());
    spans().forEach(GeneratedBehaviourTest::assertSucceeded);
    assertEquals("-", string(spans().get(0), "shapes.request.separator"));
    assertEquals(3L, number(spans().get(0), "shapes.request.parts_count"));
    assertEquals(0L, number(spans().get(1), "shapes.request.parts_count"));
    assertEquals(1L, number(spans().get(2), "shapes.request.parts_count"));
    assertEquals(
        List.of(1L, 2L, 3L),
        spans().get(3).getAttributes().get(AttributeKey.longArrayKey("shapes.request.values")));
  }

  @Test
  void longAndDoubleVarargsBecomeArrayAttributes() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Totals",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface Totals {
                  @TracedEndpoint(requestTags = "values")
                  long sum(long... values);

                  @TracedEndpoint(requestTags = "values")
                  double mean(double... values);
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;
                import java.util.stream.DoubleStream;
                import java.util.stream.LongStream;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Totals delegate = new Totals() {
                      @Override
                      public long sum(long... values) {
                        return LongStream.of(values).sum();
                      }

                      @Override
                      public double mean(double... values) {
                        return DoubleStream.of(values).average().orElse(0);
                      }
                    };
                    Totals api = TracedTotals.wrap(delegate, openTelemetry);
                    return api.sum(1, 2, 3) + "," + api.mean(1.0, 2.0);
                  }
                }
                """));
    assertEquals("6,1.5", result);
    assertEquals(List.of("sum", "mean"), spanNames());
    assertEquals(
        List.of(1L, 2L, 3L),
        spans().get(0).getAttributes().get(AttributeKey.longArrayKey("shapes.request.values")));
    assertEquals(
        List.of(1.0, 2.0),
        spans().get(1).getAttributes().get(AttributeKey.doubleArrayKey("shapes.request.values")));
  }

  @Test
  void primitiveParametersAndReturns() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Arithmetic",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface Arithmetic {
                  @TracedEndpoint(requestTags = {"a", "b"})
                  long add(int a, long b);

                  @TracedEndpoint(requestTags = "n")
                  boolean isEven(int n);

                  @TracedEndpoint(requestTags = "x")
                  double half(double x);

                  @TracedEndpoint
                  char first(String s);

                  @TracedEndpoint
                  int[] range(int n);
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.Arrays;
                import java.util.function.Function;
                import java.util.stream.IntStream;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Arithmetic delegate = new Arithmetic() {
                      @Override
                      public long add(int a, long b) {
                        return a + b;
                      }

                      @Override
                      public boolean isEven(int n) {
                        return n % 2 == 0;
                      }

                      @Override
                      public double half(double x) {
                        return x / 2;
                      }

                      @Override
                      public char first(String s) {
                        return s.charAt(0);
                      }

                      @Override
                      public int[] range(int n) {
                        return IntStream.range(0, n).toArray();
                      }
                    };
                    Arithmetic api = TracedArithmetic.wrap(delegate, openTelemetry);
                    return "add=" + api.add(2, 40L) + ",even=" + api.isEven(3) + ",half=" + api.half(5.0)
                        + ",first=" + api.first("xyz") + ",range=" + Arrays.toString(api.range(3));
                  }
                }
                """));
    assertEquals("add=42,even=false,half=2.5,first=x,range=[0, 1, 2]", result);
    assertEquals(List.of("add", "isEven", "half", "first", "range"), spanNames());
    spans().forEach(GeneratedBehaviourTest::assertSucceeded);
    assertEquals(2L, number(spans().get(0), "shapes.request.a"));
    assertEquals(40L, number(spans().get(0), "shapes.request.b"));
    assertEquals(3L, number(spans().get(1), "shapes.request.n"));
    assertEquals(5.0, spans().get(2).getAttributes().get(AttributeKey.doubleKey("shapes.request.x")));
  }

  @Test
  void voidEndpoints() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.EventLog",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface EventLog {
                  @TracedEndpoint(requestTags = "event")
                  void record(String event);

                  @TracedEndpoint(requestTags = {"reason", "count"})
                  void clear(String reason, int count);
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.ArrayList;
                import java.util.List;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    List<String> events = new ArrayList<>();
                    EventLog delegate = new EventLog() {
                      @Override
                      public void record(String event) {
                        events.add(event);
                      }

                      @Override
                      public void clear(String reason, int count) {
                        events.add("cleared " + count + " (" + reason + ")");
                      }
                    };
                    EventLog api = TracedEventLog.wrap(delegate, openTelemetry);
                    api.record("a");
                    api.record("b");
                    api.clear("done", 2);
                    return String.join(",", events);
                  }
                }
                """));
    assertEquals("a,b,cleared 2 (done)", result);
    assertEquals(List.of("record", "record", "clear"), spanNames());
    spans().forEach(GeneratedBehaviourTest::assertSucceeded);
    assertEquals("a", string(spans().get(0), "shapes.request.event"));
    assertEquals("b", string(spans().get(1), "shapes.request.event"));
    assertEquals("done", string(spans().get(2), "shapes.request.reason"));
    assertEquals(2L, number(spans().get(2), "shapes.request.count"));
  }

  @Test
  void checkedExceptionsAreRethrownAsTheSameObject() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Storage",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.io.FileNotFoundException;
                import java.io.IOException;

                @TracedClient(integration = "shapes")
                public interface Storage {
                  @TracedEndpoint(requestTags = "path")
                  String read(String path) throws IOException, FileNotFoundException;

                  @TracedEndpoint
                  void delete(String path, boolean force) throws FileNotFoundException, IOException;

                  @TracedEndpoint
                  <X extends Exception> String attempt(X failure) throws X;
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.io.FileNotFoundException;
                import java.io.IOException;
                import java.util.ArrayList;
                import java.util.List;
                import java.util.concurrent.TimeoutException;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  static final FileNotFoundException MISSING = new FileNotFoundException("missing");
                  static final IOException BROKEN = new IOException("broken");
                  static final IllegalStateException UNCHECKED = new IllegalStateException("unchecked");

                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Storage delegate = new Storage() {
                      @Override
                      public String read(String path) throws IOException {
                        if (path.equals("missing")) {
                          throw MISSING;
                        }
                        if (path.equals("unchecked")) {
                          throw UNCHECKED;
                        }
                        return "content:" + path;
                      }

                      @Override
                      public void delete(String path, boolean force) throws IOException {
                        throw BROKEN;
                      }

                      @Override
                      public <X extends Exception> String attempt(X failure) throws X {
                        throw failure;
                      }
                    };
                    Storage api = TracedStorage.wrap(delegate, openTelemetry);
                    List<String> out = new ArrayList<>();
                    try {
                      api.read("missing");
                      out.add("read=returned");
                    } catch (FileNotFoundException e) {
                      out.add(e == MISSING ? "read=same" : "read=copy");
                    } catch (IOException e) {
                      out.add("read=wrong type " + e);
                    }
                    try {
                      api.delete("x", true);
                      out.add("delete=returned");
                    } catch (FileNotFoundException e) {
                      out.add("delete=wrong type " + e);
                    } catch (IOException e) {
                      out.add(e == BROKEN ? "delete=same" : "delete=copy");
                    }
                    TimeoutException timeout = new TimeoutException("slow");
                    try {
                      api.attempt(timeout);
                      out.add("attempt=returned");
                    } catch (TimeoutException e) {
                      out.add(e == timeout ? "attempt=same" : "attempt=copy");
                    }
                    try {
                      api.read("unchecked");
                      out.add("unchecked=returned");
                    } catch (IllegalStateException e) {
                      out.add(e == UNCHECKED ? "unchecked=same" : "unchecked=copy");
                    } catch (IOException e) {
                      out.add("unchecked=wrong type " + e);
                    }
                    try {
                      out.add("ok=" + api.read("ok"));
                    } catch (IOException e) {
                      out.add("ok=threw " + e);
                    }
                    return String.join(",", out);
                  }
                }
                """));
    assertEquals("read=same,delete=same,attempt=same,unchecked=same,ok=content:ok", result);
    assertEquals(List.of("read", "delete", "attempt", "read", "read"), spanNames());
    assertFailedWith(spans().get(0), "java.io.FileNotFoundException");
    assertEquals("missing", string(spans().get(0), "shapes.request.path"));
    assertFailedWith(spans().get(1), "java.io.IOException");
    assertFailedWith(spans().get(2), "java.util.concurrent.TimeoutException");
    assertFailedWith(spans().get(3), "java.lang.IllegalStateException");
    assertSucceeded(spans().get(4));
    assertEquals("ok", string(spans().get(4), "shapes.request.path"));
  }

  @Test
  void overloadsProduceSpansWithTheirOwnNamesAndTags() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Sender",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface Sender {
                  @TracedEndpoint(name = "sendText", requestTags = "text")
                  String send(String text);

                  @TracedEndpoint(name = "sendNumber", requestTags = "number")
                  String send(int number);

                  @TracedEndpoint(name = "sendPair", requestTags = {"text", "number"})
                  String send(String text, int number);

                  String send(long untraced);
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Sender delegate = new Sender() {
                      @Override
                      public String send(String text) {
                        return "text:" + text;
                      }

                      @Override
                      public String send(int number) {
                        return "number:" + number;
                      }

                      @Override
                      public String send(String text, int number) {
                        return "pair:" + text + number;
                      }

                      @Override
                      public String send(long untraced) {
                        return "long:" + untraced;
                      }
                    };
                    Sender api = TracedSender.wrap(delegate, openTelemetry);
                    return api.send("hi") + "," + api.send(7) + "," + api.send("x", 2) + "," + api.send(5L);
                  }
                }
                """));
    assertEquals("text:hi,number:7,pair:x2,long:5", result);
    assertEquals(List.of("sendText", "sendNumber", "sendPair"), spanNames());
    spans().forEach(GeneratedBehaviourTest::assertSucceeded);
    assertEquals("hi", string(spans().get(0), "shapes.request.text"));
    assertNull(number(spans().get(0), "shapes.request.number"));
    assertEquals(7L, number(spans().get(1), "shapes.request.number"));
    assertNull(string(spans().get(1), "shapes.request.text"));
    assertEquals("x", string(spans().get(2), "shapes.request.text"));
    assertEquals(2L, number(spans().get(2), "shapes.request.number"));
  }

  @Test
  void inheritedGenericEndpointResolvesTagsThroughTheTypeArguments() {
    String result =
        run(
            "behaviour.Driver",
            java("behaviour.ChatRequest", "package behaviour;\npublic record ChatRequest(String model, String prompt) {}\n"),
            java("behaviour.ChatResponse", "package behaviour;\npublic record ChatResponse(String id, int tokens) {}\n"),
            java(
                "behaviour.Api",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedEndpoint;

                public interface Api<Q, S> {
                  @TracedEndpoint(name = "complete", endpoint = "/complete", method = "POST",
                      requestTags = {"model", "prompt_length=prompt.length"}, responseTags = {"id", "tokens"})
                  S complete(Q request);

                  S untraced(Q request);
                }
                """),
            java(
                "behaviour.ChatApi",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;

                @TracedClient(integration = "chat")
                public interface ChatApi extends Api<ChatRequest, ChatResponse> {}
                """),
            java(
                "behaviour.ModelRepo",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;

                @TracedClient(integration = "repo")
                public interface ModelRepo<T extends ChatRequest> extends Api<T, ChatResponse> {}
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    ChatApi chatDelegate = new ChatApi() {
                      @Override
                      public ChatResponse complete(ChatRequest request) {
                        return new ChatResponse("r-1", request.prompt().length());
                      }

                      @Override
                      public ChatResponse untraced(ChatRequest request) {
                        return new ChatResponse("u-1", 0);
                      }
                    };
                    ModelRepo<ChatRequest> repoDelegate = new ModelRepo<ChatRequest>() {
                      @Override
                      public ChatResponse complete(ChatRequest request) {
                        return new ChatResponse("r-2", 1);
                      }

                      @Override
                      public ChatResponse untraced(ChatRequest request) {
                        return new ChatResponse("u-2", 0);
                      }
                    };
                    ChatApi chat = TracedChatApi.wrap(chatDelegate, openTelemetry);
                    ModelRepo<ChatRequest> repo = TracedModelRepo.wrap(repoDelegate, openTelemetry);
                    ChatResponse first = chat.complete(new ChatRequest("gpt-x", "hello"));
                    ChatResponse second = chat.untraced(new ChatRequest("gpt-x", "hello"));
                    ChatResponse third = repo.complete(new ChatRequest("gpt-y", "hi"));
                    return first.id() + ":" + first.tokens() + "," + second.id() + "," + third.id();
                  }
                }
                """));
    assertEquals("r-1:5,u-1,r-2", result);
    assertEquals(List.of("complete", "complete"), spanNames());
    SpanData chat = spans().get(0);
    assertSucceeded(chat);
    assertEquals("/complete", string(chat, "chat.request.endpoint"));
    assertEquals("POST", string(chat, "chat.request.method"));
    assertEquals("gpt-x", string(chat, "chat.request.model"));
    assertEquals(5L, number(chat, "chat.request.prompt_length"));
    assertEquals("r-1", string(chat, "chat.response.id"));
    assertEquals(5L, number(chat, "chat.response.tokens"));
    SpanData repo = spans().get(1);
    assertSucceeded(repo);
    assertEquals("gpt-y", string(repo, "repo.request.model"));
    assertEquals("r-2", string(repo, "repo.response.id"));
  }

  @Test
  void unannotatedDefaultMethodsForwardSoTheDelegatesOverrideWins() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Greeter",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface Greeter {
                  @TracedEndpoint(requestTags = "name")
                  String greet(String name);

                  default String describe() {
                    return "interface default";
                  }

                  default String greetTwice(String name) {
                    return greet(name) + "+" + greet(name);
                  }

                  @TracedEndpoint(name = "tracedDefault")
                  default String version() {
                    return "interface version";
                  }

                  static Greeter polite() {
                    return name -> "good day " + name;
                  }
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Greeter delegate = new Greeter() {
                      @Override
                      public String greet(String name) {
                        return "hi " + name;
                      }

                      @Override
                      public String describe() {
                        return "delegate override";
                      }

                      @Override
                      public String version() {
                        return "delegate version";
                      }
                    };
                    Greeter api = TracedGreeter.wrap(delegate, openTelemetry);
                    Greeter polite = TracedGreeter.wrap(Greeter.polite(), openTelemetry);
                    return api.describe() + "|" + api.greetTwice("a") + "|" + api.version() + "|"
                        + polite.describe() + "|" + polite.greet("b");
                  }
                }
                """));
    assertEquals(
        "delegate override|hi a+hi a|delegate version|interface default|good day b", result);
    // describe and greetTwice run on the delegate (its own greet calls are not the wrapper's);
    // the annotated default method is traced and still runs the delegate's override.
    assertEquals(List.of("tracedDefault", "greet"), spanNames());
    spans().forEach(GeneratedBehaviourTest::assertSucceeded);
    assertEquals("b", string(spans().get(1), "shapes.request.name"));
  }

  @Test
  void objectMethodsRedeclaredInTheInterfaceAreForwardedToTheDelegate() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Identified",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                @TracedClient(integration = "shapes")
                public interface Identified {
                  @TracedEndpoint
                  String id();

                  @Override
                  boolean equals(Object other);

                  @Override
                  int hashCode();

                  @Override
                  String toString();
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Identified delegate = new Identified() {
                      @Override
                      public String id() {
                        return "id-1";
                      }

                      @Override
                      public boolean equals(Object other) {
                        return "twin".equals(other);
                      }

                      @Override
                      public int hashCode() {
                        return 4242;
                      }

                      @Override
                      public String toString() {
                        return "delegate-toString";
                      }
                    };
                    Identified api = TracedIdentified.wrap(delegate, openTelemetry);
                    return api.toString() + "," + api.hashCode() + "," + api.equals("twin") + ","
                        + api.equals(api) + "," + api.id();
                  }
                }
                """));
    assertEquals("delegate-toString,4242,true,false,id-1", result);
    assertEquals(List.of("id"), spanNames());
  }

  @Test
  void nestedAndPackagePrivateInterfacesWork() {
    String result =
        run(
            "behaviour.Driver",
            java(
                "behaviour.Outer",
                """
                package behaviour;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;

                public class Outer {
                  @TracedClient(integration = "shapes")
                  interface Api {
                    @TracedEndpoint(name = "nested", requestTags = "id")
                    String fetch(String id);
                  }
                }
                """),
            java(
                "behaviour.Driver",
                """
                package behaviour;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Outer.Api api = TracedOuter_Api.wrap(id -> "got " + id, openTelemetry);
                    return api.fetch("7");
                  }
                }
                """));
    assertEquals("got 7", result);
    assertEquals(List.of("nested"), spanNames());
    assertSucceeded(spans().get(0));
    assertEquals("7", string(spans().get(0), "shapes.request.id"));
  }

  @Test
  void harnessLoadsGeneratedClassesFromTheCompilation() {
    // guards the harness itself: the wrapper really is the generated class, not something on the class path
    Compilation compilation =
        InterfaceShapesTest.compileClean(
            java(
                "behaviour.Probe",
                """
                package behaviour;
                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                @TracedClient(integration = "shapes")
                public interface Probe {
                  @TracedEndpoint String ping();
                }
                """));
    CompiledClassLoader loader = new CompiledClassLoader(compilation, getClass().getClassLoader());
    assertTrue(loader.has("behaviour.TracedProbe"));
    assertTrue(loader.has("behaviour.Probe"));
    assertFalse(loader.has("behaviour.Nothing"));
    try {
      Class<?> wrapper = loader.loadClass("behaviour.TracedProbe");
      assertSame(loader, wrapper.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
