package dev.tracepoet.processor;

import com.google.auto.common.BasicAnnotationProcessor.Step;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Processes {@code @TracedClient} types (validate → describe → generate) and checks that every
 * {@code @TracedEndpoint} sits where it can take effect.
 */
final class TracedClientStep implements Step {
  private final TracedInterfaceValidator validator;
  private final TracedWrapperGenerator generator;
  private final Diagnostics diagnostics;
  private final Filer filer;
  private final InternalErrors internalErrors;
  /** Qualified names already generated, so a type is never written twice (FilerException). */
  private final Set<String> generated = new HashSet<>();

  TracedClientStep(
      TracedInterfaceValidator validator,
      TracedWrapperGenerator generator,
      Diagnostics diagnostics,
      Filer filer,
      InternalErrors internalErrors) {
    this.validator = validator;
    this.generator = generator;
    this.diagnostics = diagnostics;
    this.filer = filer;
    this.internalErrors = internalErrors;
  }

  @Override
  public Set<String> annotations() {
    return ImmutableSet.of(TypeNames.TRACED_CLIENT, TypeNames.TRACED_ENDPOINT);
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elementsByAnnotation) {
    Set<Element> deferred = new LinkedHashSet<>();
    for (Element element : elementsByAnnotation.get(TypeNames.TRACED_ENDPOINT)) {
      try {
        checkEndpointPlacement(element);
      } catch (Throwable t) {
        internalError(element, t);
      }
    }
    for (Element element : elementsByAnnotation.get(TypeNames.TRACED_CLIENT)) {
      TypeElement type = (TypeElement) element;
      try {
        TracedInterfaceValidator.Outcome outcome = validator.validate(type);
        if (outcome instanceof TracedInterfaceValidator.Deferred) {
          deferred.add(type);
        } else if (outcome instanceof TracedInterfaceValidator.Valid) {
          TracedInterfaceDescriptor descriptor = ((TracedInterfaceValidator.Valid) outcome).descriptor();
          if (generated.add(descriptor.wrapperName().canonicalName())) {
            generator.generate(descriptor).writeTo(filer);
          }
        }
      } catch (IOException e) {
        internalError(type, e);
      } catch (Throwable t) {
        internalError(type, t);
      }
    }
    return deferred;
  }

  /** {@code @TracedEndpoint} only takes effect on abstract/default methods of interfaces. */
  private void checkEndpointPlacement(Element element) {
    if (element.getKind() != ElementKind.METHOD) {
      return;
    }
    ExecutableElement method = (ExecutableElement) element;
    Element owner = method.getEnclosingElement();
    String problem = null;
    if (owner.getKind() != ElementKind.INTERFACE) {
      problem = owner.getSimpleName() + " is not an interface";
    } else if (method.getModifiers().contains(Modifier.STATIC)) {
      problem = "static interface methods are not implemented by the wrapper";
    } else if (method.getModifiers().contains(Modifier.PRIVATE)) {
      problem = "private interface methods are not implemented by the wrapper";
    }
    if (problem != null) {
      diagnostics.error(
          method,
          TracedInterfaceValidator.mirror(method, TypeNames.TRACED_ENDPOINT),
          Message.ENDPOINT_OUTSIDE_CLIENT,
          TracedInterfaceValidator.describe(method),
          problem);
    }
  }

  private void internalError(Element element, Throwable t) {
    internalErrors.add(t);
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    diagnostics.error(element, Message.INTERNAL_ERROR, element, trace);
  }
}
