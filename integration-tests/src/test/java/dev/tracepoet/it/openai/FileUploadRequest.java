package dev.tracepoet.it.openai;

/** The form of {@code POST /files}. */
public record FileUploadRequest(Upload file, String purpose) {}
