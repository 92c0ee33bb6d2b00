package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes the reflection-free, null-safe code that reads one attribute path and records it with the
 * matching typed {@code EndpointHook.tag*} helper.
 */
final class TagCodeGenerator {
  private int locals;

  /** The {@code AttributeKey} constant for {@code tag}, or {@code null} for maps (keyed per entry). */
  FieldSpec keyConstant(TagDescriptor tag, String name) {
    ValueKind kind = tag.path().kind();
    if (kind == ValueKind.MAP && !tag.path().isList()) {
      return null;
    }
    Element element = Element.of(kind);
    TypeName valueType = tag.path().isList() ? ParameterizedTypeName.get(TypeNames.LIST, element.boxed) : element.boxed;
    String factory = tag.path().isList() ? element.factory + "ArrayKey" : element.factory + "Key";
    return FieldSpec.builder(
            ParameterizedTypeName.get(TypeNames.ATTRIBUTE_KEY, valueType),
            name,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.$L($S)", TypeNames.ATTRIBUTE_KEY, factory, tag.key())
        .build();
  }

  /** The {@code AttributeKey} constant for the tag's alias key (same value type, other key). */
  FieldSpec aliasConstant(TagDescriptor tag, String name) {
    if (GenAiConventions.listOfOne(tag)) {
      return FieldSpec.builder(
              ParameterizedTypeName.get(TypeNames.ATTRIBUTE_KEY, ParameterizedTypeName.get(TypeNames.LIST,
                  ClassName.get(String.class))),
              name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.stringArrayKey($S)", TypeNames.ATTRIBUTE_KEY, tag.alias())
          .build();
    }
    return keyConstant(new TagDescriptor(tag.alias(), tag.parameter(), tag.path()), name);
  }

  /** A constant name for a key: {@code openai.request.max_tokens} → {@code REQUEST_MAX_TOKENS}. */
  static String constantName(String key, String integration) {
    String local = key.startsWith(integration + ".") ? key.substring(integration.length() + 1) : key;
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(local.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return name.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Code recording {@code tag}, reading from {@code root}, an expression that is null-checked unless
   * {@code rootChecked} (it is a primitive or was checked already).
   */
  CodeBlock write(TagDescriptor tag, String constant, String root, boolean rootChecked) {
    return write(tag, constant, null, root, rootChecked);
  }

  /** As {@link #write(TagDescriptor, String, String, boolean)}, also recording under {@code alias}. */
  CodeBlock write(TagDescriptor tag, String constant, String alias, String root, boolean rootChecked) {
    ValueKind kind = tag.path().kind();
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("// $L\n", tag.key());
    traverse(
        code,
        tag.path(),
        root,
        rootChecked,
        (value, primitive) -> {
          if (kind == ValueKind.MAP) {
            return statement("tagMap(span, $S, $L)", tag.key(), value);
          }
          CodeBlock.Builder calls = CodeBlock.builder();
          CodeBlock own = CodeBlock.of("$L(span, $L, $L)", scalarHelper(kind), constant, scalarValue(kind, value));
          if (alias == null) {
            calls.addStatement(own);
            return calls.build();
          }
          // GenAI mode: the integration key is a copy of the GenAI one, kept only when asked for.
          calls.beginControlFlow("if (integrationCopies())").addStatement(own).endControlFlow();
          if (GenAiConventions.listOfOne(tag)) {
            calls.addStatement("tagAsList(span, $L, $L)", alias, value);
          } else if (GenAiConventions.CHOICE_COUNT.equals(tag.alias())) {
            calls.addStatement("tagChoiceCount(span, $L, $L)", alias, value);
          } else {
            calls.addStatement("$L(span, $L, $L)", scalarHelper(kind), alias, scalarValue(kind, value));
          }
          return calls.build();
        },
        list -> {
          CodeBlock.Builder calls = CodeBlock.builder();
          CodeBlock own = CodeBlock.of("$L(span, $L, $L)", Element.of(kind).listHelper, constant, list);
          if (alias == null) {
            calls.addStatement(own);
            return calls.build();
          }
          calls.beginControlFlow("if (integrationCopies())").addStatement(own).endControlFlow();
          calls.addStatement("$L(span, $L, $L)", Element.of(kind).listHelper, alias, list);
          return calls.build();
        });
    return code.build();
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

  /** A fresh local variable name. */
  String local(String prefix) {
    return prefix + locals++;
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
    Element element = Element.of(kind);
    String list = null;
    if (path.isList()) {
      list = "list" + locals++;
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
        String local = "v" + locals++;
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
        String local = "v" + locals++;
        code.addStatement("var $L = $L.$L()", local, current, getter);
        current = local;
        primitive = !getter.equals("get");
      } else if (step instanceof AttributePath.Iterate) {
        if (!listCreated) {
          code.addStatement("$L = new $T<>()", list, TypeNames.ARRAY_LIST);
          listCreated = true;
        }
        String local = "e" + locals++;
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
        String local = "v" + locals++;
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

  private static String scalarHelper(ValueKind kind) {
    switch (kind) {
      case BOOLEAN:
        return "tagBoolean";
      case LONG:
        return "tagLong";
      case DOUBLE:
        return "tagDouble";
      case STRING:
        return "tagString";
      case ENUM:
        return "tagEnum";
      case SECRET:
        return "tagSecret";
      default:
        return "tagObject";
    }
  }

  private static CodeBlock scalarValue(ValueKind kind, String value) {
    return kind == ValueKind.SECRET
        ? CodeBlock.of("$T.valueOf($L)", String.class, value)
        : CodeBlock.of("$L", value);
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
        return CodeBlock.of("masked($T.valueOf($L))", String.class, value);
      default:
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
    }
  }

  /** The attribute element type of a kind. */
  private enum Element {
    BOOLEAN(ClassName.get(Boolean.class), "boolean", "tagBooleans"),
    LONG(ClassName.get(Long.class), "long", "tagLongs"),
    DOUBLE(ClassName.get(Double.class), "double", "tagDoubles"),
    STRING(ClassName.get(String.class), "string", "tagStrings");

    final TypeName boxed;
    final String factory;
    final String listHelper;

    Element(TypeName boxed, String factory, String listHelper) {
      this.boxed = boxed;
      this.factory = factory;
      this.listHelper = listHelper;
    }

    static Element of(ValueKind kind) {
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
}
