package dev.tracepoet.processor;

import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/**
 * One endpoint under validation, as the tag and token-wiring validators need it (instead of
 * passing its seven parts one by one).
 *
 * @param integration the client's attribute namespace
 * @param method the annotated method
 * @param member the method as a member of the client (inherited generics resolved)
 * @param valueType the response value type (what a future or stream produces), or the return type
 * @param annotation the {@code @TracedEndpoint} mirror
 * @param methodTypeVariables the method's own type variables
 * @param resolver resolves attribute paths, with accessibility from the client's package
 */
record EndpointContext(
    String integration,
    ExecutableElement method,
    ExecutableType member,
    TypeMirror valueType,
    AnnotationMirror annotation,
    Set<TypeParameterElement> methodTypeVariables,
    PathResolver resolver) {}
