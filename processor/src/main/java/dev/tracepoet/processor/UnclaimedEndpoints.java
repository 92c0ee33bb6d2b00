package dev.tracepoet.processor;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds {@code @TracedEndpoint} interfaces that no {@code @TracedClient} of the compilation is or
 * extends (issue 10, item 9), so a forgotten {@code @TracedClient} is visible: each of their
 * endpoints gets a {@code [tracepoet:EndpointWithoutClient]} warning in the last round.
 *
 * <p>Names, never elements, are kept across rounds. The warning writes no file, so it does not
 * affect isolating incremental processing (a client in another compilation unit that extends the
 * interface is still seen, since the check runs over every client of the compilation; one in
 * another compilation is not, hence a warning, suppressible with {@code
 * @SuppressWarnings("tracepoet")} on the method or the interface).
 */
final class UnclaimedEndpoints {
  static final String SUPPRESSION = "tracepoet";

  private final Set<String> endpointInterfaces = new LinkedHashSet<>();
  private final Set<String> clients = new LinkedHashSet<>();

  /** Records the interface declaring an {@code @TracedEndpoint} method. */
  void endpoint(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (owner.getKind() == ElementKind.INTERFACE) {
      endpointInterfaces.add(((TypeElement) owner).getQualifiedName().toString());
    }
  }

  /** Records a {@code @TracedClient} type. */
  void client(TypeElement client) {
    clients.add(client.getQualifiedName().toString());
  }

  /** In the last round: warns on every endpoint of an interface no client is or extends. */
  void report(Elements elements, Types types, Diagnostics diagnostics) {
    for (String name : endpointInterfaces) {
      TypeElement owner = elements.getTypeElement(name);
      if (owner == null || claimed(owner, elements, types) || suppressed(owner)) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        if (TracedInterfaceValidator.mirror(method, TypeNames.TRACED_ENDPOINT) != null && !suppressed(method)) {
          diagnostics.warning(
              method,
              Message.ENDPOINT_WITHOUT_CLIENT,
              TracedInterfaceValidator.describe(method),
              owner.getQualifiedName(),
              owner.getSimpleName());
        }
      }
    }
    endpointInterfaces.clear();
    clients.clear();
  }

  private boolean claimed(TypeElement owner, Elements elements, Types types) {
    for (String name : clients) {
      TypeElement client = elements.getTypeElement(name);
      if (client != null
          && types.isSubtype(types.erasure(client.asType()), types.erasure(owner.asType()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppressed(Element element) {
    SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
    if (suppress == null) {
      return false;
    }
    for (String value : suppress.value()) {
      if (value.equals(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }
}
