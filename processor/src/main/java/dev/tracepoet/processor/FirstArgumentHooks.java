package dev.tracepoet.processor;

import dev.tracepoet.processor.EndpointDescriptor.Arguments;
import dev.tracepoet.processor.EndpointDescriptor.Shape;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Custom hooks on endpoints with several parameters ({@code op(params, requestOptions)}, the shape
 * of every Stainless SDK method): a hook declared {@code extends EndpointHook<P, R>} where {@code P}
 * is the type of the endpoint's <em>first</em> parameter sees that argument alone ({@link
 * Shape#FIRST}); the remaining arguments reach the delegate through a per-call lambda capturing
 * them (the one case where the generated wrapper allocates an invocation per call). Request tags
 * and the prompt must then start at the first parameter; they are rewritten to start at the hook's
 * argument itself.
 */
final class FirstArgumentHooks {
  private FirstArgumentHooks() {}

  /** The hook's arguments: the first parameter only. */
  static Arguments arguments(Arguments all) {
    return new Arguments(Shape.FIRST, all.parameters().get(0).type().box(), all.parameters(), all.generic());
  }

  /**
   * Rewrites {@code requestTags} and the token wiring's request paths to start at the hook's
   * argument; reports (and returns false for) any that reads another parameter.
   */
  static boolean narrow(
      Diagnostics diagnostics,
      ExecutableElement method,
      AnnotationMirror annotation,
      String hook,
      List<TagDescriptor> requestTags,
      TokenWiringValidator.TokenWiringBuilder tokens) {
    String first = method.getParameters().get(0).getSimpleName().toString();
    boolean ok = true;
    for (int i = 0; i < requestTags.size(); i++) {
      TagDescriptor narrowed = narrow(diagnostics, method, annotation, hook, first, requestTags.get(i), "request tag");
      ok &= narrowed != null;
      if (narrowed != null) {
        requestTags.set(i, narrowed);
      }
    }
    if (tokens.prompt != null) {
      tokens.prompt = narrow(diagnostics, method, annotation, hook, first, tokens.prompt, "prompt");
      ok &= tokens.prompt != null;
    }
    if (tokens.model != null) {
      tokens.model = narrow(diagnostics, method, annotation, hook, first, tokens.model, "model");
      ok &= tokens.model != null;
    }
    return ok;
  }

  private static TagDescriptor narrow(
      Diagnostics diagnostics,
      ExecutableElement method,
      AnnotationMirror annotation,
      String hook,
      String first,
      TagDescriptor tag,
      String what) {
    String other = tag.parameter() != null && !tag.parameter().equals(first) ? tag.parameter() : null;
    List<EndpointDescriptor.Alternative> alternatives = new java.util.ArrayList<>();
    for (EndpointDescriptor.Alternative alternative : tag.alternatives()) {
      if (alternative.parameter() != null && !alternative.parameter().equals(first)) {
        other = alternative.parameter();
      }
      alternatives.add(new EndpointDescriptor.Alternative(null, alternative.path()));
    }
    if (other == null) {
      return new TagDescriptor(tag.key(), null, tag.path(), tag.alias(), List.copyOf(alternatives));
    }
    diagnostics.error(method, annotation, Message.HOOK_SEES_FIRST_PARAMETER, what, tag.key(), other,
        hook, TracedInterfaceValidator.describe(method), first, first);
    return null;
  }
}
