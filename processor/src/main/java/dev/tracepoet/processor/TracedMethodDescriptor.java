package dev.tracepoet.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * One method the wrapper implements.
 *
 * @param method the interface method (possibly inherited)
 * @param endpoint how it is traced, or {@code null} when it forwards to the delegate (or deep-wraps)
 * @param deepWrap for a view method returning another view: how its result is wrapped; otherwise
 *     {@code null}
 */
record TracedMethodDescriptor(ExecutableElement method, EndpointDescriptor endpoint, ViewDescriptor.DeepWrap deepWrap) {

  TracedMethodDescriptor(ExecutableElement method, EndpointDescriptor endpoint) {
    this(method, endpoint, null);
  }
}
