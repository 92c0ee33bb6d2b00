package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;

/** A file object: the response of {@code POST /files} and {@code GET /files/{file_id}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAiFile(
    String id,
    String object,
    long bytes,
    long createdAt,
    String filename,
    String purpose,
    String status,
    String statusDetails,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {}
