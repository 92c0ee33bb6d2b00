package dev.tracepoet.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What a streamed response delivered so far: the count, the last element, the first {@link
 * TracingSettings#maxRetainedElements()} elements and their completion text. Guarded by
 * its {@link Call}. Internal (package-private).
 */
final class StreamTally<R> {
  private final int maxRetained;
  private List<R> retained;
  private long count;
  private R last;
  private final StreamCompletion completion;
  /** GenAI stream state (time to first chunk, finish reasons); null unless the endpoint is GenAI. */
  final GenAiStream genAi;

  StreamTally(int maxRetained, GenAiStream genAi, StreamCompletion completion) {
    this.maxRetained = maxRetained;
    this.genAi = genAi;
    this.completion = completion;
  }

  void add(R element, CharSequence text) {
    count++;
    last = element;
    if (retained == null) {
      retained = new ArrayList<>();
    }
    if (retained.size() < maxRetained) {
      retained.add(element);
    }
    completion.add(text);
  }

  long count() {
    return count;
  }

  /** The last element, or null when none arrived. */
  R last() {
    return last;
  }

  /** The retained elements (immutable view semantics: not changed after the call ended). */
  List<R> elements() {
    return retained == null ? List.of() : retained;
  }

  /** The completion text of the elements: its token count and, when captured, its bounded text. */
  StreamCompletion completion() {
    return completion;
  }
}
