package dev.tracepoet.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * {@code @TracedClient}: validates each client, writes its wrapper, and defers (by name, never by
 * Element) a client whose types are not resolved yet to the next round; in the last round reports
 * what is still unresolved.
 */
final class TracedClientStep extends ProcessingStep {
  /** Deferred clients by qualified name, with what was missing. */
  private final Map<String, String> deferred = new LinkedHashMap<>();
  /** Wrappers written so far, by qualified name, with the interface each was written for. */
  private final Map<String, String> generated = new LinkedHashMap<>();

  private final Elements elements;
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final TracedInterfaceValidator validator;
  private final TracedWrapperGenerator generator;
  private final UnclaimedEndpoints unclaimed;

  TracedClientStep(
      Elements elements,
      Filer filer,
      Diagnostics diagnostics,
      InternalErrors internalErrors,
      TracedInterfaceValidator validator,
      TracedWrapperGenerator generator,
      UnclaimedEndpoints unclaimed) {
    super(diagnostics, internalErrors);
    this.elements = elements;
    this.filer = filer;
    this.diagnostics = diagnostics;
    this.validator = validator;
    this.generator = generator;
    this.unclaimed = unclaimed;
  }

  @Override
  void process(RoundEnvironment round) {
    Set<TypeElement> clients = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        clients.add(type);
      }
    }
    deferred.clear();
    TypeElement annotation = elements.getTypeElement(TypeNames.TRACED_CLIENT);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement) {
          clients.add((TypeElement) element);
          unclaimed.client((TypeElement) element);
        }
      }
    }
    for (TypeElement client : clients) {
      guarded(client, () -> processClient(client));
    }
  }

  @Override
  void finish() {
    reportUnresolved();
  }

  private void processClient(TypeElement type) throws IOException {
    Optional<TracedInterfaceDescriptor> valid;
    try {
      valid = validator.validate(type);
    } catch (MissingTypeException missing) {
      deferred.put(type.getQualifiedName().toString(), missing.type());
      return;
    }
    if (valid.isEmpty()) {
      return;
    }
    TracedInterfaceDescriptor descriptor = valid.get();
    String wrapper = descriptor.wrapperName().canonicalName();
    String client = type.getQualifiedName().toString();
    String previous = generated.putIfAbsent(wrapper, client);
    if (previous != null) {
      if (!previous.equals(client)) {
        diagnostics.error(type, TracedInterfaceValidator.mirror(type, TypeNames.TRACED_CLIENT),
            Message.WRAPPER_NAME_CLASH, wrapper, previous, client);
      }
      return;
    }
    TypeElement existing = elements.getTypeElement(wrapper);
    if (existing != null) {
      diagnostics.error(type, TracedInterfaceValidator.mirror(type, TypeNames.TRACED_CLIENT),
          Message.WRAPPER_NAME_CLASH, wrapper, existing.getQualifiedName() + " (declared in the sources)", client);
      return;
    }
    write(generator.generate(descriptor));
  }

  /**
   * Writes {@code file} as {@code JavaFile.writeTo(Filer)} does, but renders it into memory first:
   * JavaPoet appends piece by piece, and javac's Filer writer encodes every append (a visible share
   * of the processor's time in the 1,000-endpoint profile).
   */
  private void write(JavaFile file) throws IOException {
    StringBuilder source = new StringBuilder(32 * 1024);
    file.writeTo(source);
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject object = filer.createSourceFile(name, file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = object.openWriter()) {
      writer.write(source.toString());
    }
  }

  /**
   * Reports, once, the clients still waiting for a type in the last round. A type missing from the
   * sources is also reported by javac itself ("cannot find symbol") after processing, so this is a
   * warning that explains why no wrapper was written, not a second error.
   */
  private void reportUnresolved() {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement type = elements.getTypeElement(entry.getKey());
      if (type != null) {
        diagnostics.warning(type, Message.UNRESOLVED_TYPE, entry.getKey(), entry.getValue());
      }
    }
    deferred.clear();
  }
}
