package dev.tracepoet.it.openai;

/** The form of {@code POST /audio/transcriptions}. */
public record TranscriptionRequest(
    Upload file,
    String model,
    String language,
    String prompt,
    String responseFormat,
    Double temperature) {}
