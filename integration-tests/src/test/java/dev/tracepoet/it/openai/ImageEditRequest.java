package dev.tracepoet.it.openai;

/** The form of {@code POST /images/edits}; {@code mask} is optional. */
public record ImageEditRequest(
    Upload image,
    Upload mask,
    String prompt,
    String model,
    Integer n,
    String size,
    String responseFormat,
    String user) {}
