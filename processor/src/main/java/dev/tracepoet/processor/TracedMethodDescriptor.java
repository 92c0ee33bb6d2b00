package dev.tracepoet.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * One method the wrapper implements.
 *
 * @param method the interface method (possibly inherited)
 * @param endpoint how it is traced, or {@code null} when it simply forwards to the delegate
 */
record TracedMethodDescriptor(ExecutableElement method, EndpointDescriptor endpoint) {}
