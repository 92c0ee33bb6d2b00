package dev.tracepoet.processor;

import com.palantir.javapoet.TypeName;
import dev.tracepoet.processor.EndpointDescriptor.ErrorTagGroup;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates the {@code errorTags} of a {@code @TracedClient} or {@code @TracedEndpoint}: each
 * {@code @ErrorTags} names a {@code Throwable} subtype, and its tags resolve against that type's
 * properties (keys {@code <integration>.error.<path>} unless named). Reports every problem.
 */
final class ErrorTagValidator {
  /** The key of an error tag that sets the call's {@code error.type}. */
  static final String ERROR_TYPE = "error.type";

  private final Types types;
  private final Diagnostics diagnostics;
  private final TagValidator tags;
  private final TypeMirror throwable;

  ErrorTagValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.diagnostics = diagnostics;
    this.tags = new TagValidator(diagnostics);
    this.throwable = elements.getTypeElement("java.lang.Throwable").asType();
  }

  /**
   * Resolves the {@code errorTags} of {@code owner} (on {@code element}) into {@code out}, reporting
   * problems (a missing type throws {@link MissingTypeException}).
   */
  void validate(Element element, AnnotationMirror owner, String integration, PathResolver resolver, List<ErrorTagGroup> out) {
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> declarations =
        (List<? extends AnnotationValue>) AnnotationValues.get(owner, "errorTags").getValue();
    for (AnnotationValue declaration : declarations) {
      if (!(declaration.getValue() instanceof AnnotationMirror)) {
        throw new MissingTypeException(String.valueOf(declaration.getValue()));
      }
      AnnotationMirror errorTags = (AnnotationMirror) declaration.getValue();
      AnnotationValue typeValue = AnnotationValues.get(errorTags, "type");
      if (!(typeValue.getValue() instanceof TypeMirror)) {
        throw new MissingTypeException(String.valueOf(typeValue.getValue()));
      }
      TypeMirror type = MissingTypeException.check((TypeMirror) typeValue.getValue());
      if (type.getKind() != TypeKind.DECLARED || !types.isAssignable(type, throwable)) {
        String simple = TracedInterfaceValidator.simpleTypeName(type);
        String what = type.getKind() == TypeKind.DECLARED
            ? Message.withArticle(TracedInterfaceValidator.kindName(types.asElement(type).getKind())) + " that does not extend Throwable"
            : Message.withArticle(type.getKind() == TypeKind.VOID ? "void type" : "non-class type");
        diagnostics.error(element, errorTags, typeValue, Message.ERROR_TAGS_TYPE_NOT_THROWABLE, simple, simple, what);
        continue;
      }
      List<TagDescriptor> resolved = new ArrayList<>();
      TagValidator.RootFinder roots = (entry, path, value) -> {
        TagValidator.Root root = new TagValidator.Root();
        root.type = type;
        return root;
      };
      tags.validate(element, errorTags, "tags", integration + ".error.", Message.UNKNOWN_ERROR_TAG, roots, resolver, resolved);
      TagDescriptor errorType = resolved.stream().filter(tag -> tag.key().equals(ERROR_TYPE)).findFirst().orElse(null);
      resolved.remove(errorType);
      out.add(new ErrorTagGroup(TypeName.get(types.erasure(type)), List.copyOf(resolved), errorType));
    }
  }
}
