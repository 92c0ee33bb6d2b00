package dev.tracepoet.openai.internal;

import dev.tracepoet.runtime.GenAiMessages;
import java.util.function.Consumer;

/**
 * What the OpenAI content mappers share: binary parts as placeholders with their size (never the
 * bytes, never a URL, which can carry a signed token) and failure containment per item.
 */
final class ContentParts {
  private ContentParts() {}

  /** One mapping step that may throw (an SDK accessor of a missing field, or one absent from the SDK in use). */
  interface Step {
    void run();
  }

  /**
   * Runs {@code step}; an exception or linkage error (an accessor absent from an older SDK) is
   * passed to {@code failures} instead of propagating, so one odd item never loses the others.
   */
  static void contained(Consumer<Throwable> failures, Step step) {
    try {
      step.run();
    } catch (RuntimeException | LinkageError failure) {
      failures.accept(failure);
    }
  }

  /**
   * A placeholder for an image, audio clip or file given as a {@code data:} URL, plain base64, a
   * remote URL or a file id: its modality, the MIME type when the data URL names one, and the
   * decoded size in bytes (0 when the content is elsewhere: a URL or a file id).
   */
  static void blob(GenAiMessages messages, String modality, String mimeType, String dataOrUrl) {
    String mime = mimeType;
    long size = 0;
    if (dataOrUrl != null) {
      if (dataOrUrl.startsWith("data:")) {
        int comma = dataOrUrl.indexOf(',');
        int semicolon = dataOrUrl.indexOf(';');
        int end = semicolon > 0 && semicolon < comma ? semicolon : comma;
        if (mime == null && end > 5) {
          mime = dataOrUrl.substring(5, end);
        }
        size = comma < 0 ? 0 : base64Size(dataOrUrl, comma + 1);
      } else if (!dataOrUrl.contains("://")) {
        size = base64Size(dataOrUrl, 0);
      }
    }
    messages.blob(modality, mime, size);
  }

  /** The decoded size of the base64 text of {@code value} from {@code start}, without decoding it. */
  static long base64Size(String value, int start) {
    int length = value.length() - start;
    if (length <= 0) {
      return 0;
    }
    int padding = 0;
    if (value.charAt(value.length() - 1) == '=') {
      padding++;
      if (length > 1 && value.charAt(value.length() - 2) == '=') {
        padding++;
      }
    }
    return Math.max(0, (long) length * 3 / 4 - padding);
  }

  /** The MIME type of an input audio format ({@code wav}, {@code mp3}, ...). */
  static String audioMime(String format) {
    if (format == null) {
      return null;
    }
    switch (format) {
      case "mp3":
        return "audio/mpeg";
      case "wav":
        return "audio/wav";
      default:
        return "audio/" + format;
    }
  }
}
