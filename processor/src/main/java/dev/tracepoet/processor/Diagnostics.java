package dev.tracepoet.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports catalogued {@link Message}s positioned on an element and, where known, the annotation and
 * annotation value. Counts errors so a validator can tell whether a type is clean.
 */
final class Diagnostics {
  private final Messager messager;
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
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
    messager.printMessage(Kind.ERROR, message.format(args), element, annotation, value);
  }

  int errorCount() {
    return errorCount;
  }
}
