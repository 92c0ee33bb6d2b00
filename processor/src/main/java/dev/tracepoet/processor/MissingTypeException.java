package dev.tracepoet.processor;

import javax.lang.model.type.TypeMirror;

/**
 * Validation met a type that does not exist (yet): perhaps another processor, or tracepoet itself,
 * generates it in a later round. Thrown from wherever the validators meet it (a signature, a path
 * into the model, a class literal) and caught by {@link TracedClientStep}, which defers the client
 * by name to the next round and, in the last round, reports what is still missing. The one deferral
 * mechanism (after AutoValue's {@code MissingTypeException}); no stack trace is filled in.
 */
final class MissingTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code type} is missing, as javac prints it (a class literal javac could not resolve prints as {@code <error>}). */
  MissingTypeException(String type) {
    super(type, null, false, false);
  }

  MissingTypeException(TypeMirror type) {
    this(type.toString());
  }

  /** The missing type, as javac prints it. */
  String type() {
    return getMessage();
  }

  /** Throws if {@code type} is unresolved ({@code TypeKind.ERROR}), else returns it. */
  static TypeMirror check(TypeMirror type) {
    if (type.getKind() == javax.lang.model.type.TypeKind.ERROR) {
      throw new MissingTypeException(type);
    }
    return type;
  }
}
