package dev.tracepoet.processor;

import com.palantir.javapoet.CodeBlock;
import dev.tracepoet.processor.EndpointDescriptor.Alternative;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the code of a {@code "key=a|b"} tag: a plain chain that reads each alternative null-safely
 * into one local until one is present, each in its own {@code try} (a throwing accessor, such as a
 * union's accessor for another member, is reported and costs that alternative only), then records
 * the value with {@code tagFirst} (by the key's type). No lambda, nothing allocated per call beyond
 * what the reads themselves return:
 *
 * <pre>{@code
 * Object found = null;
 * try {
 *   var model = arguments.model();
 *   if (model != null) { var string = model.string(); if (string.isPresent()) { found = string.get(); } }
 * } catch (Throwable failure) {
 *   reportFailure("alternative", failure);
 * }
 * if (found == null) {
 *   try { ... } catch (Throwable failure) { ... }
 * }
 * tagFirst(span, REQUEST_MODEL, found, false);
 * }</pre>
 */
final class AlternativesGenerator {

  /** Where an alternative's path starts: the expression and whether it is known not to be null. */
  record Root(String expression, boolean checked) {}

  /** Statements that leave the first present value (or null) in the local {@code value}. */
  record Chain(CodeBlock code, String value) {}

  private final PathReadGenerator reads;
  private final Supplier<MemberNames> locals;

  AlternativesGenerator(PathReadGenerator reads, Supplier<MemberNames> locals) {
    this.reads = reads;
    this.locals = locals;
  }

  /** The first present value of {@code tag}'s alternatives, tried in order. */
  Chain firstPresent(TagDescriptor tag, Function<Alternative, Root> roots) {
    String value = locals.get().field("found");
    String thrown = locals.get().field("failure");
    CodeBlock.Builder code = CodeBlock.builder().addStatement("$T $L = null", Object.class, value);
    boolean first = true;
    for (Alternative alternative : tag.alternatives()) {
      if (!first) {
        code.beginControlFlow("if ($L == null)", value);
      }
      code.beginControlFlow("try")
          .add(read(alternative.path(), roots.apply(alternative), value))
          .nextControlFlow("catch ($T $L)", Throwable.class, thrown)
          .addStatement("reportFailure($S, $L)", "alternative", thrown)
          .endControlFlow();
      if (!first) {
        code.endControlFlow();
      }
      first = false;
    }
    return new Chain(code.build(), value);
  }

  /**
   * Assigns the value at {@code path} to {@code target} when it is present, Optionals unwrapped. A
   * path ending at a collection or array assigns it whole ({@code tagFirst} records it element by
   * element); a path mapping over a collection in the middle collects its values into a list.
   */
  private CodeBlock read(AttributePath path, Root root, String target) {
    List<AttributePath.Step> steps = path.steps();
    int end = steps.size();
    while (end > 0 && (steps.get(end - 1) instanceof AttributePath.Iterate || steps.get(end - 1) instanceof AttributePath.UnwrapOptional)) {
      end--;
    }
    AttributePath read = path;
    if (steps.subList(0, end).stream().noneMatch(step -> step instanceof AttributePath.Iterate)) {
      int cut = end;
      while (cut < steps.size() && !(steps.get(cut) instanceof AttributePath.Iterate)) {
        cut++;
      }
      read = new AttributePath(steps.subList(0, cut), path.kind(), path.terminalType());
    }
    return reads.assign(read, root.expression(), root.checked(), target);
  }

  /** Records {@code tag} under {@code constant} (and {@code alias} when not null). */
  CodeBlock write(TagDescriptor tag, String constant, String alias, Function<Alternative, Root> roots) {
    Chain chain = firstPresent(tag, roots);
    CodeBlock.Builder code = CodeBlock.builder().add(chain.code());
    if (alias == null) {
      return code.addStatement("tagFirst(span, $L, $L, $L)", constant, chain.value(), tag.masked()).build();
    }
    code.beginControlFlow("if (integrationCopies())")
        .addStatement("tagFirst(span, $L, $L, $L)", constant, chain.value(), tag.masked())
        .endControlFlow();
    return code.addStatement("tagFirst(span, $L, $L, $L)", alias, chain.value(), tag.masked()).build();
  }
}
