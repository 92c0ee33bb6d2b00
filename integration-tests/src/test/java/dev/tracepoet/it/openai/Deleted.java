package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;

/** The response of {@code DELETE /models/{model}} and {@code DELETE /files/{file_id}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Deleted(
    String id,
    String object,
    boolean deleted,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {}
