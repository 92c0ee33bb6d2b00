package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of {@code GET /fine-tunes/{fine_tune_id}/events}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTuneEventList(
    String object,
    List<FineTuneEvent> data,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {}
