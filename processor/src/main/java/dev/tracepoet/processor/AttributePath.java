package dev.tracepoet.processor;

import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A request or response attribute path resolved at compile time: the steps that read it from the
 * root value, and how the final value is recorded.
 *
 * @param steps what to do, in order, starting at the root value
 * @param kind how the final value (or each element, for {@link #isList()}) is recorded
 * @param terminalType the kind of the final value's type, e.g. {@link TypeKind#INT} or {@link
 *     TypeKind#DECLARED}
 */
record AttributePath(List<Step> steps, ValueKind kind, TypeKind terminalType) {

  /** One step along a path. */
  sealed interface Step permits Property, UnwrapOptional, Iterate, Size, First, ParseLong {}

  /**
   * Reads a property: {@code code} is {@code "name()"} for a method or {@code "name"} for a field;
   * {@code deprecated} when that member is deprecated (the reading code then suppresses the
   * deprecation warning: the user asked for it by name).
   */
  record Property(String code, TypeMirror type, boolean deprecated) implements Step {}

  /**
   * Unwraps an {@code Optional} ({@code get()}) or {@code OptionalInt/Long/Double} ({@code getAsInt()}
   * ...). {@code getter} is the method that reads the present value.
   */
  record UnwrapOptional(String getter) implements Step {}

  /**
   * Maps the remaining steps over the elements of a collection or array; {@code primitiveElements}
   * for arrays of primitives; {@code array} for arrays (else a {@code java.util.Collection}).
   */
  record Iterate(boolean primitiveElements, boolean array) implements Step {}

  /**
   * The first element of a list, or null when it is empty: what a keyed lookup returning a list
   * ({@code headers.values('retry-after')}) records.
   */
  record First() implements Step {}

  /**
   * The string value parsed as a long ({@code HookSupport.parseLong}: trimmed; null when it is not
   * an integer): the pseudo-property {@code asLong} of a {@code CharSequence}.
   */
  record ParseLong() implements Step {}

  /** The count of a collection or map ({@code size()}) or array ({@code length}). */
  record Size(boolean array) implements Step {}

  /** Whether the path reads a deprecated member. */
  boolean usesDeprecated() {
    return steps.stream().anyMatch(step -> step instanceof Property && ((Property) step).deprecated());
  }

  /** Whether the path maps over a collection, so that it records an array attribute. */
  boolean isList() {
    return steps.stream().anyMatch(step -> step instanceof Iterate);
  }
}
