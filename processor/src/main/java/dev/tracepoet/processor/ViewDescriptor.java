package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * What makes a client a view ({@code @TracedClient(wraps = X.class)}).
 *
 * @param wrapped the wrapped type as the view extends it, e.g. {@code ChatCompletionService}: the
 *     delegate's type and the parameter type of the generated {@code wrap} methods
 */
record ViewDescriptor(TypeName wrapped) {

  /**
   * A view method that deep-wraps: returns the view {@code viewType} over the delegate's result.
   *
   * @param wrapper the generated wrapper of the target view, whose public static {@code wrap(delegate,
   *     openTelemetry, settings)} wraps the result
   * @param resultType what the delegate's method returns (the wrapped method's return type)
   * @param viewType the target view (the view method's covariant return type)
   */
  record DeepWrap(ClassName wrapper, TypeName resultType, TypeName viewType) {}
}
