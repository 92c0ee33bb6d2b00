package dev.tracepoet.it.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A model, as listed by {@code GET /models}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Model(String id, long created, @JsonProperty("owned_by") String ownedBy) {}
