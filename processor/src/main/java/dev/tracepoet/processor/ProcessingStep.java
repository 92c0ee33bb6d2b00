package dev.tracepoet.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;

/**
 * The work for one annotation, per round (after auto-common's {@code BasicAnnotationProcessor.Step}):
 * {@link #process} handles the round's elements and owns its own deferral; {@link #finish} runs in
 * the last round. Exceptions for one element are contained by {@link #guarded}.
 */
abstract class ProcessingStep {
  private final Diagnostics diagnostics;
  private final InternalErrors internalErrors;

  ProcessingStep(Diagnostics diagnostics, InternalErrors internalErrors) {
    this.diagnostics = diagnostics;
    this.internalErrors = internalErrors;
  }

  abstract void process(RoundEnvironment round);

  abstract void finish();

  /** Work on one element that may throw. */
  interface Work {
    void run() throws Exception;
  }

  /** Runs {@code work}, reporting any exception as {@code [tracepoet:InternalError]} on {@code element}. */
  final void guarded(Element element, Work work) {
    try {
      work.run();
    } catch (Throwable t) {
      internalErrors.add(t);
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      diagnostics.error(element, Message.INTERNAL_ERROR, element, trace);
    }
  }
}
