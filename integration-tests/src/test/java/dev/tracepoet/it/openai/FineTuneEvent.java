package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One event of a fine-tune job. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTuneEvent(String object, long createdAt, String level, String message) {}
