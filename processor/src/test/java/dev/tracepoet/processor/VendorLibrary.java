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
