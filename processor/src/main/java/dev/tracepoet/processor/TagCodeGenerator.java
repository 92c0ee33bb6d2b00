package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tracepoet.processor.EndpointDescriptor.Alternative;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes the reflection-free code that reads one attribute path and records it with the matching
 * {@code Tags} method ({@code tags.string(span, REQUEST_MODEL, arguments.model())}), and the code
 * token wiring uses to read a path into a local.
 */
final class TagCodeGenerator {
  private MemberNames locals = new MemberNames(RESERVED);
  private final PathReadGenerator reads = new PathReadGenerator(() -> locals);
  private final AlternativesGenerator alternatives = new AlternativesGenerator(reads, () -> locals);

  /** The {@code AttributeKey} constant for {@code tag}, or {@code null} for maps (keyed per entry). */
  FieldSpec keyConstant(TagDescriptor tag, String name) {
    ValueKind kind = tag.path().kind();
    if (kind == ValueKind.MAP && !tag.path().isList()) {
      return null;
    }
    AttributeElement element = AttributeElement.of(kind);
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
    return keyConstant(new TagDescriptor(tag.alias(), tag.parameter(), GenAiConventions.aliasPath(tag)), name);
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

  /** Starts the body of a new generated method: local names are allocated afresh. */
  void method() {
    locals = new MemberNames(RESERVED);
  }

  /**
   * Code recording {@code tag} (also under {@code alias} when not null) with the hook's {@code
   * tags} on {@code span} (a {@code Span} or {@code SpanBuilder}), reading from {@code root}, an
   * expression that is null-checked unless {@code rootChecked}. The last accessor goes straight
   * into the {@code Tags} call (which is null- and {@code Optional}-safe); only the segments before
   * it are checked.
   */
  CodeBlock write(TagDescriptor tag, String constant, String alias, String root, boolean rootChecked) {
    AttributePath path = tag.path();
    List<AttributePath.Step> steps = path.steps();
    ValueKind kind = path.kind();
    CodeBlock.Builder code = CodeBlock.builder();
    Cursor cursor = new Cursor(code, root, rootChecked);
    if (mapped(path)) {
      return writeMapped(tag, constant, alias, cursor);
    }
    AttributePath.Step lastStep = steps.isEmpty() ? null : steps.get(steps.size() - 1);
    boolean count = !path.isList() && lastStep instanceof AttributePath.Size && !((AttributePath.Size) lastStep).array();
    // GenAI helpers (a list of one, a choice count) and integral values into double keys take the value itself.
    boolean helper = alias != null && (GenAiConventions.listOfOne(tag) || GenAiConventions.widened(tag)
        || GenAiConventions.CHOICE_COUNT.equals(tag.alias()));
    int fold = path.isList() ? listFold(path) : scalarFold(steps, kind, !helper);
    boolean whole = wholeCollection(path);
    String list = null;
    int listLevel = 0;
    AttributeElement element = AttributeElement.of(kind);
    for (int i = 0; i < fold; i++) {
      AttributePath.Step step = steps.get(i);
      if (step instanceof AttributePath.Iterate && !whole) {
        cursor.checkNotNull();
        if (list == null) {
          list = locals.field(listName(tag));
          code.addStatement("$T $L = new $T<>()", ParameterizedTypeName.get(TypeNames.LIST, element.collected(kind)), list, TypeNames.ARRAY_LIST);
          listLevel = cursor.opened;
        }
        String local = locals.field("element");
        code.beginControlFlow("for (var $L : $L)", local, cursor.current);
        cursor.opened++;
        cursor.current = local;
        cursor.checked = ((AttributePath.Iterate) step).primitiveElements();
      } else {
        cursor.step(step);
      }
    }
    CodeBlock value = cursor.last(fold < steps.size() && !(count && fold == steps.size() - 1) ? steps.get(fold) : null);
    if (list != null) {
      if (element.direct(kind)) {
        code.addStatement("$L.add($L)", list, value);
      } else {
        cursor.bind(value, "v");
        cursor.checkNotNull();
        code.addStatement("$L.add($L)", list, kind == ValueKind.ENUM
            ? CodeBlock.of("$L.name()", cursor.current)
            : CodeBlock.of("$T.valueOf($L)", String.class, cursor.current));
      }
      cursor.closeTo(listLevel);
      value = CodeBlock.of("$L", list);
    }
    String method = path.isList() ? element.listMethod(kind) : count ? "count" : scalarMethod(kind);
    if (alias != null) {
      value = cursor.bind(value, listName(tag).replace("Values", ""));
    }
    if (kind == ValueKind.MAP) {
      code.addStatement("tags.map(span, $S, $L)", tag.key(), value);
    } else {
      CodeBlock own = CodeBlock.of("tags.$L(span, $L, $L)", method, constant, value);
      if (alias == null) {
        code.addStatement(own);
      } else { // GenAI mode: the integration key is a copy of the GenAI one, kept only when asked for
        code.beginControlFlow("if (integrationCopies())").addStatement(own).endControlFlow();
        if (GenAiConventions.listOfOne(tag)) {
          code.addStatement("tagAsList(span, $L, $L)", alias, value);
        } else if (GenAiConventions.CHOICE_COUNT.equals(tag.alias())) {
          code.addStatement("tagChoiceCount(span, $L, $L)", alias, value);
        } else {
          code.addStatement("tags.$L(span, $L, $L)", GenAiConventions.widened(tag) ? "doubleValue" : method, alias, value);
        }
      }
    }
    cursor.closeTo(0);
    return code.build();
  }

  /** {@code collection.property}: one lambda-mapped {@code Tags} call, no loop in generated code. */
  private static boolean mapped(AttributePath path) {
    List<AttributePath.Step> steps = path.steps();
    int n = steps.size();
    return path.isList()
        && n >= 2
        && path.kind() != ValueKind.OBJECT
        && path.kind() != ValueKind.MAP
        && steps.get(n - 1) instanceof AttributePath.Property
        && steps.get(n - 2) instanceof AttributePath.Iterate
        && !((AttributePath.Iterate) steps.get(n - 2)).array()
        && steps.stream().filter(step -> step instanceof AttributePath.Iterate).count() == 1;
  }

  private CodeBlock writeMapped(TagDescriptor tag, String constant, String alias, Cursor cursor) {
    List<AttributePath.Step> steps = tag.path().steps();
    int iterate = steps.size() - 2;
    int fold = iterate > 0 && steps.get(iterate - 1) instanceof AttributePath.Property ? iterate - 1 : iterate;
    for (int i = 0; i < fold; i++) {
      cursor.step(steps.get(i));
    }
    CodeBlock collection = cursor.last(fold < iterate ? steps.get(fold) : null);
    String collectionName = fold < iterate ? ((AttributePath.Property) steps.get(fold)).code() : "element";
    String singular = collectionName.replace("()", "");
    singular = singular.endsWith("s") && singular.length() > 3 ? singular.substring(0, singular.length() - 1) : "element";
    String parameter = locals.local(singular, "element");
    String read = ((AttributePath.Property) steps.get(steps.size() - 1)).code();
    String method = tag.path().kind() == ValueKind.ENUM ? "enumNames" : AttributeElement.of(tag.path().kind()).listMethod(tag.path().kind());
    if (alias != null) {
      collection = cursor.bind(collection, collectionName);
    }
    CodeBlock own = CodeBlock.of("tags.$L(span, $L, $L, $L -> $L.$L)", method, constant, collection, parameter, parameter, read);
    if (alias == null) {
      cursor.code.addStatement(own);
    } else {
      cursor.code.beginControlFlow("if (integrationCopies())").addStatement(own).endControlFlow();
      cursor.code.addStatement("tags.$L(span, $L, $L, $L -> $L.$L)", method, alias, collection, parameter, parameter, read);
    }
    cursor.closeTo(0);
    return cursor.code.build();
  }

  private static final String[] RESERVED = {"span", "arguments", "response", "error", "tags", "value", "elements"};

  /** Where a scalar path's value goes into the {@code Tags} call: its last accessor (and unwrap). */
  private static int scalarFold(List<AttributePath.Step> steps, ValueKind kind, boolean foldOptional) {
    int fold = steps.size();
    if (fold > 0 && steps.get(fold - 1) instanceof AttributePath.Size) {
      boolean collection = !((AttributePath.Size) steps.get(fold - 1)).array();
      return collection && fold > 1 && steps.get(fold - 2) instanceof AttributePath.Property ? fold - 2 : fold - 1;
    }
    if (fold > 0 && foldOptional && steps.get(fold - 1) instanceof AttributePath.UnwrapOptional
        && unwraps(kind, ((AttributePath.UnwrapOptional) steps.get(fold - 1)).getter())) {
      fold--;
    }
    if (fold > 0 && steps.get(fold - 1) instanceof AttributePath.Property) {
      fold--;
    }
    return fold;
  }

  /**
   * Where a list path's elements are read: a collection of directly recordable values is handed to
   * {@code Tags} whole; else the last accessor of each element is added as it is.
   */
  private static int listFold(AttributePath path) {
    List<AttributePath.Step> steps = path.steps();
    int last = steps.size() - 1;
    boolean direct = AttributeElement.of(path.kind()).direct(path.kind());
    if (wholeCollection(path)) {
      return last > 0 && steps.get(last - 1) instanceof AttributePath.Property ? last - 1 : last;
    }
    if (direct && steps.get(last) instanceof AttributePath.Property) {
      return last;
    }
    return steps.size();
  }

  /** A path ending at one collection (not an array) of directly recordable values: handed over whole. */
  private static boolean wholeCollection(AttributePath path) {
    List<AttributePath.Step> steps = path.steps();
    if (!path.isList()) {
      return false;
    }
    AttributePath.Step last = steps.get(steps.size() - 1);
    return AttributeElement.of(path.kind()).direct(path.kind())
        && last instanceof AttributePath.Iterate
        && !((AttributePath.Iterate) last).array()
        && steps.stream().filter(step -> step instanceof AttributePath.Iterate).count() == 1;
  }

  /** Whether the {@code Tags} method of {@code kind} unwraps an optional read with {@code getter}. */
  private static boolean unwraps(ValueKind kind, String getter) {
    switch (kind) {
      case OBJECT:
      case SECRET:
        return true;
      case LONG:
        return !getter.equals("getAsDouble");
      case DOUBLE:
        return getter.equals("get") || getter.equals("getAsDouble");
      case MAP:
        return false;
      default:
        return getter.equals("get");
    }
  }

  private static String listName(TagDescriptor tag) {
    String key = tag.key();
    String last = key.substring(key.lastIndexOf('.') + 1);
    StringBuilder name = new StringBuilder();
    for (String part : last.split("_")) {
      if (!part.isEmpty()) {
        name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
    }
    return name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0)) ? "values" : name + "Values";
  }

  /** Walks the materialized part of a path: the current expression and the open null checks. */
  private final class Cursor {
    final CodeBlock.Builder code;
    String current;
    boolean checked;
    int opened;

    Cursor(CodeBlock.Builder code, String root, boolean checked) {
      this.code = code;
      this.current = root;
      this.checked = checked;
    }

    void checkNotNull() {
      if (!checked) {
        code.beginControlFlow("if ($L != null)", current);
        opened++;
        checked = true;
      }
    }

    void step(AttributePath.Step step) {
      if (step instanceof AttributePath.Property) {
        AttributePath.Property property = (AttributePath.Property) step;
        checkNotNull();
        String local = locals.local(property.code(), "v");
        code.addStatement("var $L = $L.$L", local, current, property.code());
        current = local;
        checked = property.type().getKind().isPrimitive();
      } else if (step instanceof AttributePath.UnwrapOptional) {
        String getter = ((AttributePath.UnwrapOptional) step).getter();
        code.beginControlFlow(checked ? "if ($L.isPresent())" : "if ($L != null && $L.isPresent())", current, current);
        opened++;
        String local = locals.field("present");
        code.addStatement("var $L = $L.$L()", local, current, getter);
        current = local;
        checked = !getter.equals("get");
      } else if (step instanceof AttributePath.First || step instanceof AttributePath.ParseLong) { // lookups, asLong
        checkNotNull();
        boolean first = step instanceof AttributePath.First;
        String local = locals.field(first ? "first" : "number");
        code.addStatement(first ? "var $L = $L.isEmpty() ? null : $L.get(0)" : "var $L = $T.parseLong($L)",
            first ? new Object[] {local, current, current} : new Object[] {local, TypeNames.HOOK_SUPPORT, current});
        current = local;
        checked = false;
      } else if (step instanceof AttributePath.Size) {
        checkNotNull();
        String local = locals.field("size");
        code.addStatement("long $L = $L.$L", local, current, ((AttributePath.Size) step).array() ? "length" : "size()");
        current = local;
        checked = true;
      } else {
        throw new IllegalStateException("unexpected " + step);
      }
    }

    /** The value expression from the current one through {@code step} (null: the current itself). */
    CodeBlock last(AttributePath.Step step) {
      if (step instanceof AttributePath.Size) {
        checkNotNull();
        return CodeBlock.of("$L.$L", current, ((AttributePath.Size) step).array() ? "length" : "size()");
      }
      if (step instanceof AttributePath.Property) {
        checkNotNull();
        return CodeBlock.of("$L.$L", current, ((AttributePath.Property) step).code());
      }
      return CodeBlock.of("$L", current);
    }

    /** Binds {@code value} to a local (read once) and returns the local. */
    CodeBlock bind(CodeBlock value, String name) {
      if (!value.toString().equals(current)) {
        String local = locals.local(name, "v");
        code.addStatement("var $L = $L", local, value);
        current = local;
        checked = false;
      }
      return CodeBlock.of("$L", current);
    }

    void closeTo(int level) {
      while (opened > level) {
        code.endControlFlow();
        opened--;
      }
    }
  }

  /** See {@link AlternativesGenerator#write}. */
  CodeBlock write(TagDescriptor tag, String constant, String alias, Function<Alternative, AlternativesGenerator.Root> roots) { return alternatives.write(tag, constant, alias, roots); }

  AlternativesGenerator alternatives() { return alternatives; }
  /** See {@link PathReadGenerator#assign}. */
  CodeBlock assign(AttributePath path, String root, boolean rootChecked, String target) { return reads.assign(path, root, rootChecked, target); }

  /** See {@link PathReadGenerator#with}. */
  CodeBlock with(AttributePath path, String root, boolean rootChecked, Function<String, CodeBlock> body) { return reads.with(path, root, rootChecked, body); }

  /** A fresh local variable name. */
  String local(String prefix) { return locals.field(prefix); }

  /** The {@code Tags} method recording one value of {@code kind}. */
  private static String scalarMethod(ValueKind kind) {
    switch (kind) {
      case BOOLEAN:
        return "booleanValue";
      case LONG:
        return "longValue";
      case DOUBLE:
        return "doubleValue";
      case STRING:
        return "string";
      case ENUM:
        return "enumName";
      case SECRET:
        return "secret";
      default:
        return "object";
    }
  }
}
