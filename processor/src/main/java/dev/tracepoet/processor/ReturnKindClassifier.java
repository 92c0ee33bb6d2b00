package dev.tracepoet.processor;

import dev.tracepoet.processor.EndpointDescriptor.ReturnKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Classifies an endpoint's return type by how it completes: a plain value, a {@code
 * CompletionStage}, or a {@code Stream} / {@code Iterator} / {@code Iterable} / {@code
 * Flow.Publisher} consumed later; and says why a shape cannot be traced. Return adapters (issue 12)
 * add their kinds here.
 */
final class ReturnKindClassifier {
  private final Types types;
  private final Elements elements;
  /**
   * JDK types, looked up once (their symbols are the same in every round): a {@code getTypeElement}
   * per endpoint showed up in the processor's profile.
   */
  private final Map<String, Optional<TypeElement>> known = new HashMap<>();

  ReturnKindClassifier(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  private TypeElement typeElement(String name) {
    return known.computeIfAbsent(name, n -> Optional.ofNullable(elements.getTypeElement(n))).orElse(null);
  }

  /** How a return type completes; {@code unsupported} says why it cannot be traced. */
  static final class ReturnShape {
    ReturnKind kind = ReturnKind.PLAIN;
    TypeMirror valueType;
    String unsupported;
  }

  /** The shape of a return type traced by a return adapter producing {@code elementType}. */
  static ReturnShape adapted(TypeMirror elementType) {
    ReturnShape shape = new ReturnShape();
    shape.kind = ReturnKind.ADAPTED;
    shape.valueType = elementType;
    return shape;
  }

  /** How {@code type}, a method's return type, completes. */
  ReturnShape classify(TypeMirror type) {
    ReturnShape shape = new ReturnShape();
    if (type.getKind() != TypeKind.DECLARED) {
      return shape;
    }
    String qualified = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    TypeElement stage = typeElement("java.util.concurrent.CompletionStage");
    DeclaredType asStage = Supertypes.find(types, type, stage);
    if (asStage != null) {
      shape.kind = ReturnKind.ASYNC;
      shape.valueType = singleArgument(asStage, shape);
      return shape;
    }
    switch (qualified) {
      case "java.util.stream.Stream":
        shape.kind = ReturnKind.STREAM;
        break;
      case "java.util.Iterator":
        shape.kind = ReturnKind.ITERATOR;
        break;
      case "java.lang.Iterable":
        shape.kind = ReturnKind.ITERABLE;
        break;
      case "java.util.concurrent.Flow.Publisher":
        shape.kind = ReturnKind.PUBLISHER;
        break;
      default:
        if (isSubtypeOf(type, "java.util.concurrent.Future")) {
          shape.unsupported =
              "a Future that is not a CompletionStage cannot be observed without blocking; return a"
                  + " CompletableFuture or CompletionStage";
        } else if (isSubtypeOf(type, "java.util.stream.BaseStream")) {
          shape.unsupported = "only java.util.stream.Stream is supported; return a Stream<T>";
        } else if (isSubtypeOf(type, "java.util.concurrent.Flow.Publisher")) {
          shape.unsupported = "only java.util.concurrent.Flow.Publisher itself is supported; declare the return type as Flow.Publisher<T>";
        }
        return shape;
    }
    shape.valueType = singleArgument((DeclaredType) type, shape);
    return shape;
  }

  private TypeMirror singleArgument(DeclaredType type, ReturnShape shape) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != 1) {
      shape.unsupported = "it is a raw type; declare its type argument";
      return null;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      shape.unsupported = "its type argument is a wildcard; declare a concrete type argument";
      return null;
    }
    return argument;
  }

  private boolean isSubtypeOf(TypeMirror type, String name) {
    TypeElement element = typeElement(name);
    return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }
}
