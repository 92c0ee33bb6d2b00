package dev.tracepoet.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.function.Supplier;
import javax.lang.model.type.TypeKind;

/**
 * Writes code that reads an attribute path into a local (token wiring: prompt, completion, usage,
 * model), null-safe along the way; names its locals with the method's {@link MemberNames}.
 */
final class PathReadGenerator {
  private final Supplier<MemberNames> locals;

  PathReadGenerator(Supplier<MemberNames> locals) {
    this.locals = locals;
  }

  /**
   * Code assigning the value at {@code path} (or, for a list path, the list of values) to the
   * already declared local {@code target}; nothing is assigned when a value along the path is
   * missing.
   */
  CodeBlock assign(AttributePath path, String root, boolean rootChecked, String target) {
    CodeBlock.Builder code = CodeBlock.builder();
    traverse(
        code,
        path,
        root,
        rootChecked,
        (value, primitive) -> statement("$L = $L", target, value),
        list -> statement("$L = $L", target, list));
    return code.build();
  }

  /**
   * Code that runs {@code body} with the value at {@code path} (a non-list path) bound to a local,
   * when every value along the path is present; {@code body} receives the local's name.
   */
  CodeBlock with(
      AttributePath path, String root, boolean rootChecked, java.util.function.Function<String, CodeBlock> body) {
    CodeBlock.Builder code = CodeBlock.builder();
    traverse(code, path, root, rootChecked, (value, primitive) -> body.apply(value), list -> CodeBlock.of(""));
    return code.build();
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }

  /** What to do with the final value: complete statements. */
  private interface ScalarSink {
    CodeBlock accept(String value, boolean primitive);
  }

  /** What to do with a completed list: complete statements. */
  private interface ListSink {
    CodeBlock accept(String list);
  }

  private void traverse(
      CodeBlock.Builder code,
      AttributePath path,
      String root,
      boolean rootChecked,
      ScalarSink scalar,
      ListSink listSink) {
    ValueKind kind = path.kind();
    AttributeElement element = AttributeElement.of(kind);
    String list = null;
    if (path.isList()) {
      list = locals.get().field("list");
      code.addStatement(
          "$T $L = null", ParameterizedTypeName.get(TypeNames.LIST, element.boxed), list);
    }
    int opened = 0;
    String current = root;
    boolean primitive = rootChecked;
    if (!primitive) {
      code.beginControlFlow("if ($L != null)", current);
      opened++;
    }
    boolean listCreated = false;
    for (AttributePath.Step step : path.steps()) {
      if (step instanceof AttributePath.Property) {
        AttributePath.Property property = (AttributePath.Property) step;
        String local = locals.get().local(property.code(), "v");
        code.addStatement("var $L = $L.$L", local, current, property.code());
        current = local;
        primitive = property.type().getKind().isPrimitive();
        if (!primitive) {
          code.beginControlFlow("if ($L != null)", current);
          opened++;
        }
      } else if (step instanceof AttributePath.UnwrapOptional) {
        String getter = ((AttributePath.UnwrapOptional) step).getter();
        code.beginControlFlow("if ($L.isPresent())", current);
        opened++;
        String local = locals.get().field("present");
        code.addStatement("var $L = $L.$L()", local, current, getter);
        current = local;
        primitive = !getter.equals("get");
      } else if (step instanceof AttributePath.First || step instanceof AttributePath.ParseLong) {
        boolean first = step instanceof AttributePath.First;
        String local = locals.get().field(first ? "first" : "number");
        code.addStatement(first ? "var $L = $L.isEmpty() ? null : $L.get(0)" : "var $L = $T.parseLong($L)",
            first ? new Object[] {local, current, current} : new Object[] {local, TypeNames.HOOK_SUPPORT, current});
        current = local;
        code.beginControlFlow("if ($L != null)", current);
        opened++;
        primitive = false;
      } else if (step instanceof AttributePath.Iterate) {
        if (!listCreated) {
          code.addStatement("$L = new $T<>()", list, TypeNames.ARRAY_LIST);
          listCreated = true;
        }
        String local = locals.get().field("element");
        code.beginControlFlow("for (var $L : $L)", local, current);
        opened++;
        current = local;
        primitive = ((AttributePath.Iterate) step).primitiveElements();
        if (!primitive) {
          code.beginControlFlow("if ($L != null)", current);
          opened++;
        }
      } else {
        AttributePath.Size size = (AttributePath.Size) step;
        String local = locals.get().field("size");
        code.addStatement("long $L = $L.$L", local, current, size.array() ? "length" : "size()");
        current = local;
        primitive = true;
      }
    }
    if (list != null) {
      code.addStatement("$L.add($L)", list, element(kind, current, primitive, path.terminalType()));
    } else {
      code.add(scalar.accept(current, primitive));
    }
    for (int i = 0; i < opened; i++) {
      code.endControlFlow();
    }
    if (list != null) {
      code.add(listSink.accept(list));
    }
  }

  private static CodeBlock element(ValueKind kind, String value, boolean primitive, TypeKind type) {
    switch (kind) {
      case BOOLEAN:
        return CodeBlock.of("$L", value);
      case LONG:
        if (!primitive) {
          return CodeBlock.of("$L.longValue()", value);
        }
        return type == TypeKind.LONG ? CodeBlock.of("$L", value) : CodeBlock.of("(long) $L", value);
      case DOUBLE:
        if (!primitive) {
          return CodeBlock.of("$L.doubleValue()", value);
        }
        return type == TypeKind.DOUBLE ? CodeBlock.of("$L", value) : CodeBlock.of("(double) $L", value);
      case STRING:
        return CodeBlock.of("$L.toString()", value);
      case ENUM:
        return CodeBlock.of("$L.name()", value);
      case SECRET:
        return CodeBlock.of("$T.mask($T.valueOf($L))", TypeNames.TAGS, String.class, value);
      default:
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
    }
  }
}
