package dev.tracepoet.processor;

import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@code @TracedEndpoint}: reports endpoints outside interfaces, and in the last round warns about
 * endpoint interfaces no client is or extends ({@link UnclaimedEndpoints}). The endpoints of a
 * client are validated with the client, by {@link TracedClientStep}.
 */
final class TracedEndpointStep extends ProcessingStep {
  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final UnclaimedEndpoints unclaimed;

  TracedEndpointStep(
      Elements elements, Types types, Diagnostics diagnostics, InternalErrors internalErrors, UnclaimedEndpoints unclaimed) {
    super(diagnostics, internalErrors);
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.unclaimed = unclaimed;
  }

  @Override
  void process(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(TypeNames.TRACED_ENDPOINT);
    if (annotation == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      guarded(element, () -> checkPlacement(element));
      if (element.getKind() == ElementKind.METHOD) {
        unclaimed.endpoint((ExecutableElement) element);
      }
    }
  }

  @Override
  void finish() {
    unclaimed.report(elements, types, diagnostics);
  }

  /** {@code @TracedEndpoint} only takes effect on methods of interfaces. */
  private void checkPlacement(Element element) {
    if (element.getKind() != ElementKind.METHOD) {
      return;
    }
    ExecutableElement method = (ExecutableElement) element;
    Element owner = method.getEnclosingElement();
    if (owner.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(
          method,
          TracedInterfaceValidator.mirror(method, TypeNames.TRACED_ENDPOINT),
          Message.ENDPOINT_OUTSIDE_CLIENT,
          TracedInterfaceValidator.describe(method),
          owner.getSimpleName() + " is not an interface");
    }
  }
}
