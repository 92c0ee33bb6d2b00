package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The validated model of one {@code @TracedClient} interface: everything the generator needs.
 *
 * @param element the annotated interface (its originating element)
 * @param wrapperName the generated class, e.g. {@code com.acme.TracedChatApi}
 * @param interfaceType the interface with its type variables, e.g. {@code Api<T>}
 * @param typeVariables the interface's type variables with their bounds
 * @param isPublic whether the interface is effectively public (so is the wrapper)
 * @param integration the attribute namespace
 * @param methods every method the wrapper implements, in declaration order
 * @param genAiProvider the GenAI provider name, or null when GenAI conventions are off
 * @param view what makes the client a view ({@code wraps = X.class}), or null for a plain client
 */
record TracedInterfaceDescriptor(
    TypeElement element,
    ClassName wrapperName,
    TypeName interfaceType,
    List<TypeVariableName> typeVariables,
    boolean isPublic,
    String integration,
    List<TracedMethodDescriptor> methods,
    String genAiProvider,
    ViewDescriptor view) {

  /** The delegate's type: the wrapped type of a view, otherwise the interface itself. */
  TypeName delegateType() {
    return view == null ? interfaceType : view.wrapped();
  }

  /** Whether some method deep-wraps (the wrapper then needs OpenTelemetry and settings). */
  boolean deepWraps() {
    return methods.stream().anyMatch(m -> m.deepWrap() != null);
  }
}
