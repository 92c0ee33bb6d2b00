package dev.tracepoet.benchmarks.tokens;

import java.nio.charset.StandardCharsets;

/** The UTF-8 size of the text a {@link TokensBenchmark} operation reads. */
public final class CorpusSize {
  /** Bytes of {@code Corpus.valueOf(part).text()} in UTF-8. */
  public int bytes(String part) {
    return Corpus.valueOf(part).text().getBytes(StandardCharsets.UTF_8).length;
  }
}
