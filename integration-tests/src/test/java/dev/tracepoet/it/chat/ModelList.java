package dev.tracepoet.it.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The response of {@code GET /models}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelList(List<Model> data) {}
