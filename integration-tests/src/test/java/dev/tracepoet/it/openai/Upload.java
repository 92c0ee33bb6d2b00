package dev.tracepoet.it.openai;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent as a {@code multipart/form-data} part. Tag it by {@link #fileName()}, which is the base
 * name only: the local directory never reaches a span.
 */
public record Upload(Path path, String contentType) {

  public Upload {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(contentType, "contentType");
  }

  /** An upload whose content type is guessed from the extension. */
  public static Upload of(Path path) {
    String name = path.getFileName().toString();
    String type;
    if (name.endsWith(".png")) {
      type = "image/png";
    } else if (name.endsWith(".mp3")) {
      type = "audio/mpeg";
    } else if (name.endsWith(".wav")) {
      type = "audio/wav";
    } else if (name.endsWith(".jsonl")) {
      type = "application/jsonl";
    } else {
      type = "application/octet-stream";
    }
    return new Upload(path, type);
  }

  /** The base name of the file, e.g. {@code cat.png}; what the API receives as {@code filename}. */
  public String fileName() {
    return path.getFileName().toString();
  }
}
