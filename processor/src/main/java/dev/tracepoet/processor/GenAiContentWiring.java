package dev.tracepoet.processor;

import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;

/**
 * The GenAI content wiring of an endpoint: {@code systemInstructions} and {@code toolDefinitions}
 * of {@code @TracedEndpoint}, resolved.
 *
 * @param systemInstructions the request path to the instructions (text or a list of texts), or null
 * @param tools the tool definitions, or null
 */
record GenAiContentWiring(TagDescriptor systemInstructions, Tools tools) {
  static final GenAiContentWiring NONE = new GenAiContentWiring(null, null);

  boolean any() {
    return systemInstructions != null || tools != null;
  }

  /**
   * Where the tool definitions are read.
   *
   * @param parameter the parameter the path starts at, or null for the single parameter
   * @param collection the steps reading the collection (or array) of tools, as a non-list path
   * @param name how an element's name is read; null when the elements are the names themselves
   * @param type how an element's type is read, or null (then {@code "function"})
   * @param description how an element's description is read, or null
   * @param parameters how an element's parameters (JSON schema) are read, or null
   */
  record Tools(
      String parameter,
      AttributePath collection,
      AttributePath.Property name,
      AttributePath.Property type,
      AttributePath.Property description,
      AttributePath.Property parameters) {

    /** Whether any read member is deprecated. */
    boolean usesDeprecated() {
      return collection.usesDeprecated()
          || java.util.stream.Stream.of(name, type, description, parameters)
              .anyMatch(property -> property != null && property.deprecated());
    }
  }
}
