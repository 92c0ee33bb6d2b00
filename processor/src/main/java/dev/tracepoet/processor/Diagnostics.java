package dev.tracepoet.processor;

import javax.annotation.processing.Messager;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Reports catalogued {@link Message}s positioned on an element and, where known, the annotation and
 * annotation value. Counts errors so a validator can tell whether a type is clean.
 *
 * <p>An element that has no source in this compilation (a method inherited from an interface on the
 * class path) cannot carry a position; such messages are attached to the client being validated
 * and name the element instead, as Dagger and MapStruct do.
 */
final class Diagnostics {
  private final Messager messager;
  /** Top-level types compiled from source in this compilation (root elements of every round). */
  private final Set<String> sourceTypes = new HashSet<>();
  private TypeElement client;
  private int errorCount;

  Diagnostics(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
  }

  /** Records the root elements of a round: the types that have source positions. */
  void compiling(Set<? extends Element> rootElements) {
    for (Element element : rootElements) {
      if (element instanceof TypeElement) {
        sourceTypes.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
  }

  /** The client being validated: where messages about elements without source go. */
  void validating(TypeElement client) {
    this.client = client;
  }

  void error(Element element, Message message, Object... args) {
    error(element, null, null, message, args);
  }

  void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    error(element, annotation, null, message, args);
  }

  void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    errorCount++;
    String text = message.format(args);
    if (client != null && element != client && !hasSource(element)) {
      int end = text.indexOf("] ") + 2;
      text = text.substring(0, end) + name(element) + " (inherited, not compiled here): " + text.substring(end);
      messager.printMessage(Kind.ERROR, text, client);
      return;
    }
    messager.printMessage(Kind.ERROR, text, element, annotation, value);
  }

  /** A warning on an element (does not count as an error). */
  void warning(Element element, Message message, Object... args) {
    messager.printMessage(Kind.WARNING, message.format(args), element);
  }

  /** A note without position (used only when even positioning failed). */
  void note(String text) {
    messager.printMessage(Kind.ERROR, text);
    errorCount++;
  }

  int errorCount() {
    return errorCount;
  }

  private boolean hasSource(Element element) {
    Element outermost = null;
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement) {
        outermost = e;
      }
    }
    return outermost == null
        || sourceTypes.contains(((TypeElement) outermost).getQualifiedName().toString());
  }

  private static String name(Element element) {
    return element instanceof ExecutableElement
        ? TracedInterfaceValidator.describe((ExecutableElement) element)
        : element.toString();
  }
}
