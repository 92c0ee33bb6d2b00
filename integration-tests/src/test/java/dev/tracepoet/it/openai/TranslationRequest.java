package dev.tracepoet.it.openai;

/** The form of {@code POST /audio/translations} (always into English, so no language). */
public record TranslationRequest(
    Upload file, String model, String prompt, String responseFormat, Double temperature) {}
