package dev.tracepoet.it.openai;

/** The body of {@code POST /edits} (deprecated by the API, still part of the reference). */
public record EditRequest(
    String model, String input, String instruction, Integer n, Double temperature, Double topP) {}
