package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A "vendor library" shaped like a Stainless/Kotlin-generated SDK (openai-java), compiled once to
 * class files in a temporary directory (no {@code -parameters}: like Kotlin output, its class files
 * carry no parameter names), so that views over it are compiled against class files, never its
 * sources: default overloads ending in an abstract {@code op(params, requestOptions)}, a static
 * {@code create$default} bridge, a sub-service accessor that is a default throwing
 * {@code UnsupportedOperationException} (only the implementation overrides it), nested service
 * accessors and {@code withOptions}. The implementations count delegate calls.
 */
final class VendorLibrary {
  private VendorLibrary() {}

  static final String OPTIONS =
      """
      package vendor.sdk;

      public final class Options {
        private final String header;
        private Options(String header) { this.header = header; }
        public String header() { return header; }
        public static Builder builder() { return new Builder(); }
        public static final class Builder {
          private String header = "";
          public Builder header(String header) { this.header = header; return this; }
          public Options build() { return new Options(header); }
        }
      }
      """;

  static final String REQUEST_OPTIONS =
      """
      package vendor.sdk;

      public final class RequestOptions {
        private static final RequestOptions NONE = new RequestOptions();
        private RequestOptions() {}
        public static RequestOptions none() { return NONE; }
      }
      """;

  static final String CREATE_PARAMS =
      """
      package vendor.sdk;

      import java.util.Optional;

      public final class CreateParams {
        private final String model;
        private final String user;
        public CreateParams(String model, String user) { this.model = model; this.user = user; }
        public String model() { return model; }
        public Optional<String> user() { return Optional.ofNullable(user); }
      }
      """;

  static final String COMPLETION =
      """
      package vendor.sdk;

      public final class Completion {
        private final String id;
        private final String model;
        public Completion(String id, String model) { this.id = id; this.model = model; }
        public String id() { return id; }
        public String model() { return model; }
      }
      """;

  static final String MESSAGE_SERVICE =
      """
      package vendor.sdk;

      import java.util.List;

      public interface MessageService {
        List<String> list(String completionId, RequestOptions requestOptions);
        default List<String> list(String completionId) { return list(completionId, RequestOptions.none()); }
      }
      """;

  static final String COMPLETION_SERVICE =
      """
      package vendor.sdk;

      import java.util.function.Consumer;

      public interface CompletionService {
        CompletionService withOptions(Consumer<Options.Builder> modifier);

        default MessageService messages() {
          throw new UnsupportedOperationException("Subservice is not supported by this implementation");
        }

        default Completion create(CreateParams params) { return create(params, RequestOptions.none()); }

        Completion create(CreateParams params, RequestOptions requestOptions);

        default Completion retrieve(String id) { return retrieve(id, RequestOptions.none()); }

        Completion retrieve(String id, RequestOptions requestOptions);

        /** What Kotlin emits for a default parameter: a static bridge on the interface. */
        static Completion create$default(CompletionService service, CreateParams params, RequestOptions options,
            int mask, Object marker) {
          return service.create(params, (mask & 2) != 0 ? RequestOptions.none() : options);
        }
      }
      """;

  static final String CHAT_SERVICE =
      """
      package vendor.sdk;

      import java.util.function.Consumer;

      public interface ChatService {
        ChatService withOptions(Consumer<Options.Builder> modifier);

        default CompletionService completions() {
          throw new UnsupportedOperationException("Subservice is not supported by this implementation");
        }
      }
      """;

  static final String IMPLEMENTATIONS =
      """
      package vendor.sdk;

      import java.util.List;
      import java.util.concurrent.atomic.AtomicInteger;
      import java.util.function.Consumer;

      /** The SDK's implementations; {@link #CALLS} counts calls reaching an abstract operation. */
      public final class Impl {
        public static final AtomicInteger CALLS = new AtomicInteger();
        private Impl() {}

        public static ChatService chat(String header) { return new Chat(Options.builder().header(header).build()); }

        static final class Chat implements ChatService {
          private final Options options;
          private final CompletionService completions;
          Chat(Options options) { this.options = options; this.completions = new Completions(options); }
          @Override public ChatService withOptions(Consumer<Options.Builder> modifier) {
            Options.Builder builder = Options.builder().header(options.header());
            modifier.accept(builder);
            return new Chat(builder.build());
          }
          @Override public CompletionService completions() { return completions; }
        }

        static final class Completions implements CompletionService {
          private final Options options;
          private final MessageService messages = (id, requestOptions) -> List.of("message of " + id);
          Completions(Options options) { this.options = options; }
          @Override public CompletionService withOptions(Consumer<Options.Builder> modifier) {
            Options.Builder builder = Options.builder().header(options.header());
            modifier.accept(builder);
            return new Completions(builder.build());
          }
          @Override public MessageService messages() { return messages; }
          @Override public Completion create(CreateParams params, RequestOptions requestOptions) {
            CALLS.incrementAndGet();
            return new Completion("cmpl-" + options.header(), params.model());
          }
          @Override public Completion retrieve(String id, RequestOptions requestOptions) {
            CALLS.incrementAndGet();
            return new Completion(id, "stored");
          }
        }
      }
      """;

  /** An enum-like class (not a Java enum), as Stainless generates for known string values. */
  static final String CHAT_MODEL =
      """
      package vendor.sdk;

      public final class ChatModel {
        public static final ChatModel FAST = new ChatModel("fast-1");
        private final String value;
        private ChatModel(String value) { this.value = value; }
        @Override public String toString() { return value; }
      }
      """;

  /** A union: Optional-returning {@code x()} accessors; {@code asX()} throws for another member. */
  static final String MODEL_UNION =
      """
      package vendor.sdk;

      import java.util.Optional;

      public final class ModelUnion {
        private final String string;
        private final ChatModel chat;
        private ModelUnion(String string, ChatModel chat) { this.string = string; this.chat = chat; }
        public static ModelUnion ofString(String string) { return new ModelUnion(string, null); }
        public static ModelUnion ofChat(ChatModel chat) { return new ModelUnion(null, chat); }
        public Optional<String> string() { return Optional.ofNullable(string); }
        public Optional<ChatModel> chat() { return Optional.ofNullable(chat); }
        public String asString() {
          if (string == null) { throw new IllegalStateException("not a string"); }
          return string;
        }
        /** An accessor that always fails (a missing required JSON field). */
        public Optional<String> broken() { throw new IllegalStateException("`broken` is missing"); }
      }
      """;

  static final String STOP =
      """
      package vendor.sdk;

      import java.util.List;
      import java.util.Optional;

      public final class Stop {
        private final String string;
        private final List<String> strings;
        private Stop(String string, List<String> strings) { this.string = string; this.strings = strings; }
        public static Stop ofString(String string) { return new Stop(string, null); }
        public static Stop ofStrings(List<String> strings) { return new Stop(null, strings); }
        public Optional<String> string() { return Optional.ofNullable(string); }
        public Optional<List<String>> strings() { return Optional.ofNullable(strings); }
      }
      """;

  static final String UNION_PARAMS =
      """
      package vendor.sdk;

      import java.util.Optional;

      public final class UnionParams {
        private final ModelUnion model;
        private final Stop stop;
        private final Long maxTokens;
        public UnionParams(ModelUnion model, Stop stop, Long maxTokens) {
          this.model = model; this.stop = stop; this.maxTokens = maxTokens;
        }
        public ModelUnion model() { return model; }
        public Optional<Stop> stop() { return Optional.ofNullable(stop); }
        public Optional<Long> maxTokens() { return Optional.ofNullable(maxTokens); }
      }
      """;

  /** Shaped like the SDK's OpenAIServiceException: status code, headers, error code and type. */
  static final String SERVICE_EXCEPTION =
      """
      package vendor.sdk;

      import java.util.Optional;

      public class ServiceException extends RuntimeException {
        private final int statusCode;
        private final Headers headers;
        private final String code;
        public ServiceException(int statusCode, Headers headers, String code, String message) {
          super(message); this.statusCode = statusCode; this.headers = headers; this.code = code;
        }
        public int statusCode() { return statusCode; }
        public Headers headers() { return headers; }
        public Optional<String> code() { return Optional.ofNullable(code); }
        public Optional<String> type() { return Optional.of("server_error"); }
      }
      """;

  static final String HEADERS =
      """
      package vendor.sdk;

      import java.util.Optional;

      public final class Headers {
        private final String retryAfter;
        private final String apiKey;
        public Headers(String retryAfter, String apiKey) { this.retryAfter = retryAfter; this.apiKey = apiKey; }
        public Optional<String> retryAfter() { return Optional.ofNullable(retryAfter); }
        public Optional<String> requestId() { return Optional.of("req-1"); }
        public Optional<String> apiKey() { return Optional.ofNullable(apiKey); }
      }
      """;

  static final String RATE_LIMIT_EXCEPTION =
      """
      package vendor.sdk;

      import java.util.Optional;

      public final class RateLimitException extends ServiceException {
        public RateLimitException(Headers headers) { super(429, headers, "rate_limit_exceeded", "slow down"); }
        public Optional<Long> retryAfterSeconds() { return Optional.of(20L); }
      }
      """;

  /**
   * A service over union-typed params; {@code create} fails with a {@link #RATE_LIMIT_EXCEPTION}
   * for model {@code "limited"} and a {@link #SERVICE_EXCEPTION} (500) for {@code "broken"}, the
   * async and streaming forms the same way (a failed future, a stream failing after one element).
   */
  static final String UNION_SERVICE =
      """
      package vendor.sdk;

      import java.util.concurrent.CompletableFuture;
      import java.util.stream.Stream;

      public interface UnionService {
        Completion create(UnionParams params, RequestOptions requestOptions);
        default Completion create(UnionParams params) { return create(params, RequestOptions.none()); }
        CompletableFuture<Completion> createAsync(UnionParams params, RequestOptions requestOptions);
        Stream<Completion> createStreaming(UnionParams params, RequestOptions requestOptions);

        static UnionService impl() {
          return new UnionService() {
            @Override public Completion create(UnionParams params, RequestOptions requestOptions) {
              String model = params.model().string().orElse(String.valueOf(params.model().chat().orElse(null)));
              if (model.equals("limited")) {
                throw new RateLimitException(new Headers("20", "sk-secret-key-1234"));
              }
              if (model.equals("broken")) {
                throw new ServiceException(500, new Headers(null, null), null, "internal");
              }
              return new Completion("cmpl-u", model);
            }
            @Override public CompletableFuture<Completion> createAsync(UnionParams params, RequestOptions requestOptions) {
              try {
                return CompletableFuture.completedFuture(create(params, requestOptions));
              } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
              }
            }
            @Override public Stream<Completion> createStreaming(UnionParams params, RequestOptions requestOptions) {
              return Stream.of(0, 1).map(i -> i == 0 ? new Completion("chunk", "m") : create(params, requestOptions));
            }
          };
        }
      }
      """;

  private static Path classes;

  /** The directory holding the library's class files (compiled on first use). */
  static synchronized Path classes() {
    if (classes == null) {
      classes = compile();
    }
    return classes;
  }

  private static Path compile() {
    try {
      Path dir = Files.createTempDirectory("tracepoet-vendor-sdk");
      dir.toFile().deleteOnExit();
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
        List<JavaFileObject> sources = new ArrayList<>();
        String[][] all = {
          {"vendor.sdk.Options", OPTIONS}, {"vendor.sdk.RequestOptions", REQUEST_OPTIONS},
          {"vendor.sdk.CreateParams", CREATE_PARAMS}, {"vendor.sdk.Completion", COMPLETION},
          {"vendor.sdk.MessageService", MESSAGE_SERVICE}, {"vendor.sdk.CompletionService", COMPLETION_SERVICE},
          {"vendor.sdk.ChatService", CHAT_SERVICE}, {"vendor.sdk.Impl", IMPLEMENTATIONS},
          {"vendor.sdk.ChatModel", CHAT_MODEL}, {"vendor.sdk.ModelUnion", MODEL_UNION}, {"vendor.sdk.Stop", STOP},
          {"vendor.sdk.UnionParams", UNION_PARAMS}, {"vendor.sdk.ServiceException", SERVICE_EXCEPTION},
          {"vendor.sdk.Headers", HEADERS}, {"vendor.sdk.RateLimitException", RATE_LIMIT_EXCEPTION},
          {"vendor.sdk.UnionService", UNION_SERVICE},
        };
        for (String[] source : all) {
          sources.add(JavaFileObjects.forSourceString(source[0], source[1]));
        }
        boolean ok =
            javac.getTask(null, files, diagnostics, List.of("-d", dir.toString(), "-proc:none"), null, sources).call();
        assertTrue(ok, () -> "vendor library does not compile: " + diagnostics.getDiagnostics());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test class path plus the library's class files (and not its sources). */
  static List<File> classpath() {
    List<File> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(new File(entry));
    }
    path.add(classes().toFile());
    return path;
  }

  /** Compiles {@code sources} against the library's class files, strictly, with the processor. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    TracedProcessor processor = new TracedProcessor();
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions(options).withClasspath(classpath()).compile(sources);
    org.junit.jupiter.api.Assertions.assertEquals(List.of(), processor.internalErrors(), "the processor must never fail internally");
    return compilation;
  }

  /** A class loader seeing the library's classes (parent of the compiled views' loader). */
  static ClassLoader loader(ClassLoader parent) {
    try {
      return new URLClassLoader(new URL[] {classes().toUri().toURL()}, parent);
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
