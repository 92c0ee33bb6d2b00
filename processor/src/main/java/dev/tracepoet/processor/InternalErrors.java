package dev.tracepoet.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unexpected failures inside the processor; tests assert that there are none. */
final class InternalErrors {
  private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

  void add(Throwable error) {
    errors.add(error);
  }

  List<Throwable> all() {
    return List.copyOf(errors);
  }
}
