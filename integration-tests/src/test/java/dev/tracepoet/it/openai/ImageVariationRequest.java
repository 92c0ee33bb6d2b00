package dev.tracepoet.it.openai;

/** The form of {@code POST /images/variations}. */
public record ImageVariationRequest(
    Upload image, String model, Integer n, String responseFormat, String size, String user) {}
