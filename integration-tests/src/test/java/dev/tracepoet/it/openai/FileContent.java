package dev.tracepoet.it.openai;

/** The response of {@code GET /files/{file_id}/content}: the raw bytes of the file. */
public record FileContent(String contentType, byte[] content, ResponseMeta meta)
    implements OpenAiResponse {}
