package dev.tracepoet.processor;

import com.palantir.javapoet.CodeBlock;
import dev.tracepoet.processor.EndpointDescriptor.Alternative;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the code of a {@code "key=a|b"} tag: one lambda per alternative, reading its path
 * null-safely, handed to the hook's {@code firstPresent} (which tries them in order, each failure
 * on its own) and the value to {@code tagFirst} (which records it by the key's type):
 *
 * <pre>{@code
 * tagFirst(span, REQUEST_MODEL, firstPresent(() -> {
 *   Object model = null;
 *   ...
 *   return model;
 * }, () -> { ... }), false);
 * }</pre>
 */
final class AlternativesGenerator {

  /** Where an alternative's path starts: the expression and whether it is known not to be null. */
  record Root(String expression, boolean checked) {}

  private final PathReadGenerator reads;
  private final Supplier<MemberNames> locals;

  AlternativesGenerator(PathReadGenerator reads, Supplier<MemberNames> locals) {
    this.reads = reads;
    this.locals = locals;
  }

  /** {@code firstPresent(() -> {...}, ...)}: the first present value of {@code tag}'s alternatives. */
  CodeBlock firstPresent(TagDescriptor tag, Function<Alternative, Root> roots) {
    CodeBlock.Builder code = CodeBlock.builder().add("firstPresent(");
    boolean first = true;
    for (Alternative alternative : tag.alternatives()) {
      code.add(first ? "" : ", ").add(lambda(alternative.path(), roots.apply(alternative)));
      first = false;
    }
    return code.add(")").build();
  }

  /**
   * {@code () -> value}: reads {@code path} from {@code root}, null when a value along it is
   * missing. The last accessor's result is returned as it is ({@code firstPresent} unwraps an
   * {@code Optional}, {@code tagFirst} records a collection or array element by element); a path
   * mapping over a collection in the middle collects its values into a list.
   */
  private CodeBlock lambda(AttributePath path, Root root) {
    List<AttributePath.Step> steps = path.steps();
    int end = steps.size();
    while (end > 0 && (steps.get(end - 1) instanceof AttributePath.Iterate || steps.get(end - 1) instanceof AttributePath.UnwrapOptional)) {
      end--;
    }
    if (steps.subList(0, end).stream().anyMatch(step -> step instanceof AttributePath.Iterate)) {
      String value = locals.get().field("present");
      CodeBlock.Builder code = CodeBlock.builder().add("() -> {\n$>");
      code.addStatement("$T $L = null", Object.class, value);
      code.add(reads.assign(path, root.expression(), root.checked(), value));
      return code.addStatement("return $L", value).add("$<}").build();
    }
    if (end == 0) {
      return CodeBlock.of("() -> $L", root.expression());
    }
    CodeBlock.Builder body = CodeBlock.builder();
    String current = root.expression();
    boolean checked = root.checked();
    for (int i = 0; i < end - 1; i++) {
      AttributePath.Step step = steps.get(i);
      if (step instanceof AttributePath.Property) {
        AttributePath.Property property = (AttributePath.Property) step;
        String local = locals.get().local(property.code(), "v");
        body.addStatement("var $L = $L", local, guarded(current, checked, CodeBlock.of("$L.$L", current, property.code())));
        current = local;
        checked = property.type().getKind().isPrimitive();
      } else {
        String getter = ((AttributePath.UnwrapOptional) step).getter();
        String local = locals.get().field("present");
        body.addStatement(checked ? "var $L = $L.isEmpty() ? null : $L.$L()" : "var $L = $L == null || $L.isEmpty() ? null : $L.$L()",
            checked ? new Object[] {local, current, current, getter} : new Object[] {local, current, current, current, getter});
        current = local;
        checked = false;
      }
    }
    AttributePath.Step last = steps.get(end - 1);
    CodeBlock read = last instanceof AttributePath.Property
        ? CodeBlock.of("$L.$L", current, ((AttributePath.Property) last).code())
        : CodeBlock.of("$L.$L", current, ((AttributePath.Size) last).array() ? "length" : "size()");
    CodeBlock value = guarded(current, checked, read);
    if (body.isEmpty()) {
      return CodeBlock.of("() -> $L", value);
    }
    return CodeBlock.builder().add("() -> {\n$>").add(body.build()).addStatement("return $L", value).add("$<}").build();
  }

  /** {@code read}, or {@code current == null ? null : read} when {@code current} may be null. */
  private static CodeBlock guarded(String current, boolean checked, CodeBlock read) {
    return checked ? read : CodeBlock.of("$L == null ? null : $L", current, read);
  }

  /** Records {@code tag} under {@code constant} (and {@code alias} when not null). */
  CodeBlock write(TagDescriptor tag, String constant, String alias, Function<Alternative, Root> roots) {
    CodeBlock value = firstPresent(tag, roots);
    CodeBlock.Builder code = CodeBlock.builder();
    if (alias == null) {
      return code.add("tagFirst(span, $L, $L, $L);\n", constant, value, tag.masked()).build();
    }
    String local = locals.get().field("first");
    code.add("var $L = $L;\n", local, value);
    code.beginControlFlow("if (integrationCopies())")
        .addStatement("tagFirst(span, $L, $L, $L)", constant, local, tag.masked())
        .endControlFlow();
    return code.addStatement("tagFirst(span, $L, $L, $L)", alias, local, tag.masked()).build();
  }
}
