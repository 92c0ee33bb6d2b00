package dev.tracepoet.benchmarks.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.tracepoet.runtime.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Item 4, accuracy: for every document of every corpus part, the estimate against the exact
 * cl100k_base and o200k_base counts. Prints one Markdown table: documents, size, mean absolute
 * percentage error (MAPE, over documents), the signed error of the whole part (estimate / exact - 1)
 * and the worst document.
 */
public final class TokensAccuracy {
  private TokensAccuracy() {}

  public static void main(String[] args) {
    EncodingRegistry registry = Encodings.newDefaultEncodingRegistry();
    Encoding cl100k = registry.getEncoding(EncodingType.CL100K_BASE);
    Encoding o200k = registry.getEncoding(EncodingType.O200K_BASE);
    System.out.println(
        "| part | documents | KB (UTF-8) | tokens cl100k / o200k / estimate | MAPE vs cl100k | MAPE vs o200k"
            + " | whole part vs cl100k / o200k | worst document vs cl100k |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Corpus part : Corpus.values()) {
      List<String> documents = part.documents();
      double apeCl = 0;
      double apeO = 0;
      double worst = 0;
      long totalCl = 0;
      long totalO = 0;
      long totalEstimate = 0;
      for (String document : documents) {
        int estimate = Tokens.estimate(document);
        int exactCl = cl100k.countTokensOrdinary(document);
        int exactO = o200k.countTokensOrdinary(document);
        double errorCl = Math.abs(estimate - exactCl) / (double) exactCl;
        apeCl += errorCl;
        apeO += Math.abs(estimate - exactO) / (double) exactO;
        worst = Math.max(worst, errorCl);
        totalCl += exactCl;
        totalO += exactO;
        totalEstimate += estimate;
      }
      String text = part.text();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %d / %d / %d | %.1f %% | %.1f %% | %+.1f %% / %+.1f %% | %.1f %% |%n",
          part,
          documents.size(),
          text.getBytes(StandardCharsets.UTF_8).length / 1000.0,
          totalCl,
          totalO,
          totalEstimate,
          100 * apeCl / documents.size(),
          100 * apeO / documents.size(),
          100.0 * (totalEstimate - totalCl) / totalCl,
          100.0 * (totalEstimate - totalO) / totalO,
          100 * worst);
    }
  }
}
