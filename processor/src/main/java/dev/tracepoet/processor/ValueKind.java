package dev.tracepoet.processor;

/** How a resolved attribute value is recorded (SPEC "attribute value types"). */
enum ValueKind {
  /** boolean / Boolean: a boolean attribute. */
  BOOLEAN,
  /** integral primitives and their boxes: a long attribute. */
  LONG,
  /** float / double and their boxes: a double attribute. */
  DOUBLE,
  /** a CharSequence: a string attribute, truncated. */
  STRING,
  /** an enum: its name(). */
  ENUM,
  /** a Map: one attribute per entry. */
  MAP,
  /** anything else: toString(), truncated. */
  OBJECT,
  /** a value whose path names an API key: masked. */
  SECRET
}
