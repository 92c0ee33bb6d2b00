package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Token usage as reported by the API ({@code completion_tokens} is absent for embeddings). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Usage(Integer promptTokens, Integer completionTokens, Integer totalTokens) {}
