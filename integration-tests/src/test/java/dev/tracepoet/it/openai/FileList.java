package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of {@code GET /files}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileList(
    String object,
    List<OpenAiFile> data,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {}
