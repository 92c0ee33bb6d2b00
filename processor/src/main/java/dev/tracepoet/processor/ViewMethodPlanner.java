package dev.tracepoet.processor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Decides which methods a view's wrapper leaves to the interface ({@code default} methods that run
 * on the wrapper) instead of implementing them. Every other method is implemented: traced (an
 * endpoint), deep-wrapped, or forwarded to the delegate.
 *
 * <p>The rule, and why: a {@code default} method of the wrapped type that the view does not
 * redeclare is <em>inherited</em> when the view traces a method of the same name (overloads such as
 * {@code create(params)} → {@code create(params, RequestOptions.none())} then reach the traced
 * method on the wrapper: one span, never zero, never two), and <em>forwarded</em> otherwise. Forwarding
 * is the safe default because vendor SDKs (Stainless/Kotlin, openai-java 4.105) declare their
 * sub-service accessors as interface defaults that throw {@code UnsupportedOperationException}
 * and only their implementation overrides them: inheriting those would break the client. A
 * {@code default} method the view declares itself is inherited (the view's author wrote it to run).
 */
final class ViewMethodPlanner {
  private final TypeElement view;
  private final Set<String> tracedNames;

  /** @param methods every method the wrapper could implement (the view's unique methods) */
  ViewMethodPlanner(TypeElement view, List<ExecutableElement> methods) {
    this.view = view;
    this.tracedNames =
        methods.stream()
            .filter(m -> TracedInterfaceValidator.mirror(m, TypeNames.TRACED_ENDPOINT) != null)
            .map(m -> m.getSimpleName().toString())
            .collect(Collectors.toSet());
  }

  /** Whether the wrapper leaves {@code method} to the interface's default body. */
  boolean inherits(ExecutableElement method) {
    if (!method.getModifiers().contains(Modifier.DEFAULT)
        || TracedInterfaceValidator.mirror(method, TypeNames.TRACED_ENDPOINT) != null) {
      return false;
    }
    return method.getEnclosingElement().equals(view) || tracedNames.contains(method.getSimpleName().toString());
  }
}
