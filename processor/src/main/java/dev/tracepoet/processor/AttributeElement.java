package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** The attribute element type of a {@link ValueKind}: its boxed type, key factory and {@code Tags} array method. */
enum AttributeElement {
  BOOLEAN(ClassName.get(Boolean.class), "boolean", "booleans"),
  LONG(ClassName.get(Long.class), "long", "longs"),
  DOUBLE(ClassName.get(Double.class), "double", "doubles"),
  STRING(ClassName.get(String.class), "string", "strings");

  final TypeName boxed;
  final String factory;
  final String listMethod;

  AttributeElement(TypeName boxed, String factory, String listMethod) {
    this.boxed = boxed;
    this.factory = factory;
    this.listMethod = listMethod;
  }

  /** The {@code Tags} array method for elements of {@code kind}. */
  String listMethod(ValueKind kind) {
    return kind == ValueKind.SECRET ? "secrets" : listMethod;
  }

  /** Whether elements of {@code kind} are collected as they are ({@code Tags} converts them). */
  boolean direct(ValueKind kind) {
    return kind != ValueKind.ENUM && kind != ValueKind.OBJECT && kind != ValueKind.MAP;
  }

  /** The type of the collected elements. */
  TypeName collected(ValueKind kind) {
    switch (kind) {
      case LONG:
      case DOUBLE:
        return ClassName.get(Number.class);
      case STRING:
        return ClassName.get(CharSequence.class);
      case SECRET:
        return ClassName.get(Object.class);
      default:
        return boxed;
    }
  }

  static AttributeElement of(ValueKind kind) {
    switch (kind) {
      case BOOLEAN:
        return BOOLEAN;
      case LONG:
        return LONG;
      case DOUBLE:
        return DOUBLE;
      default:
        return STRING;
    }
  }
}
