package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;

/** A model: the response of {@code GET /models/{model}} and an element of {@link ModelList}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Model(
    String id,
    String object,
    long created,
    String ownedBy,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {}
