package dev.tracepoet.it.openai;

/** The body of {@code POST /images/generations}. */
public record ImageRequest(
    String prompt,
    String model,
    Integer n,
    String quality,
    String responseFormat,
    String size,
    String style,
    String user) {}
