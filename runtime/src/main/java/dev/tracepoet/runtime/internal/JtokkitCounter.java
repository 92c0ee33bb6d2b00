package dev.tracepoet.runtime.internal;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * The only class that names jtokkit types. {@link ExactTokenizer} alone constructs it, so a missing
 * (or too old) jtokkit surfaces as one catchable {@link LinkageError} at construction.
 *
 * <p>cl100k_base, the default, is loaded at construction; o200k_base is loaded from the lazy
 * registry on its first use and kept. The registry caches encodings too, so a race between two
 * first uses only repeats a map look-up.
 */
final class JtokkitCounter {

  private final EncodingRegistry registry;
  private final EncodingType o200kType;
  private final Encoding cl100k;
  private volatile Encoding o200k;

  /**
   * Loads cl100k_base and links every jtokkit member used later.
   *
   * @throws LinkageError if jtokkit is missing or lacks the 1.x API used here
   */
  JtokkitCounter() {
    this.registry = Encodings.newLazyEncodingRegistry();
    this.o200kType = EncodingType.O200K_BASE;
    this.cl100k = registry.getEncoding(EncodingType.CL100K_BASE);
    cl100k.countTokensOrdinary("");
  }

  /** Counts {@code text} with special tokens treated as ordinary text. */
  int count(String text, boolean useO200k) {
    return (useO200k ? o200k() : cl100k).countTokensOrdinary(text);
  }

  private Encoding o200k() {
    Encoding encoding = o200k;
    if (encoding == null) {
      encoding = registry.getEncoding(o200kType);
      o200k = encoding;
    }
    return encoding;
  }
}
