package dev.tracepoet.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads one member of an annotation mirror, with its default: what auto-common's {@code
 * AnnotationMirrors.getAnnotationValue} returns, without building the map of every member with
 * defaults on each call (a {@code @TracedEndpoint} is read about a dozen times per endpoint; that
 * map showed up in the processor's profile).
 */
final class AnnotationValues {
  private AnnotationValues() {}

  /**
   * The value of {@code name} in {@code mirror}, explicit or default.
   *
   * @throws IllegalArgumentException if the annotation has no member {@code name} or it has no value
   */
  static AnnotationValue get(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement && member.getSimpleName().contentEquals(name)) {
        AnnotationValue value = ((ExecutableElement) member).getDefaultValue();
        if (value != null) {
          return value;
        }
      }
    }
    throw new IllegalArgumentException(mirror.getAnnotationType() + " has no value for " + name);
  }
}
