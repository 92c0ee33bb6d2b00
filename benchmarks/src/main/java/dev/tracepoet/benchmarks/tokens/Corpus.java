package dev.tracepoet.benchmarks.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed token corpus ({@code src/main/resources/corpus/}, CC0, see its README): four parts,
 * each a series of documents separated by a line holding only {@value #SEPARATOR}.
 */
public enum Corpus {
  english,
  code,
  json,
  nonlatin;

  /** The line between two documents. */
  public static final String SEPARATOR = "\u241E";

  /** The whole part, separators replaced by blank lines. */
  public String text() {
    return String.join("\n\n", documents());
  }

  /** The part's documents. */
  public List<String> documents() {
    String raw = raw();
    List<String> documents = new ArrayList<>();
    for (String document : raw.split("\n" + SEPARATOR + "\n")) {
      String trimmed = document.strip();
      if (!trimmed.isEmpty()) {
        documents.add(trimmed);
      }
    }
    return documents;
  }

  private String raw() {
    try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name() + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("corpus part missing: /corpus/" + name() + ".txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
