package dev.tracepoet.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * For the diagnosis of item 3 only: a processor that does no work of its own but writes, for each
 * {@code @TracedClient} interface, the wrapper tracepoet generated for it earlier (read from a
 * directory). Comparing it with tracepoet's processor separates what javac charges for running any
 * processor that generates these files (extra rounds that re-enter every class, parsing the
 * generated sources) from what tracepoet's own code costs.
 */
final class ReplayProcessor extends AbstractProcessor {
  private final Path captured;

  ReplayProcessor(Path captured) {
    this.captured = captured;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.tracepoet.annotations.TracedClient");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        TypeElement type = (TypeElement) element;
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        String name = pkg + ".Traced" + type.getSimpleName();
        Path file = captured.resolve(pkg.replace('.', '/')).resolve("Traced" + type.getSimpleName() + ".java");
        try (Writer writer = processingEnv.getFiler().createSourceFile(name, type).openWriter()) {
          writer.write(Files.readString(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return false;
  }
}
