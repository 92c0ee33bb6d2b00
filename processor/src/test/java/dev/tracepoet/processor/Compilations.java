package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles sources with a fresh {@link TracedProcessor} and checks it had no internal errors. */
final class Compilations {
  private Compilations() {}

  /** Compiles with {@code -Xlint:all,-processing -Werror}-equivalent strictness left to the caller. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of("-Xlint:all,-processing"), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    TracedProcessor processor = new TracedProcessor();
    List<String> all = new ArrayList<>(options);
    Compilation compilation = Compiler.javac().withProcessors(processor).withOptions(all).compile(sources);
    assertEquals(List.of(), processor.internalErrors(), "the processor must never fail internally");
    return compilation;
  }

  /** A source file from lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
