package dev.tracepoet.it.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The response of a delete operation. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Deleted(String id, boolean deleted) {}
