package dev.tracepoet.runtime;

import dev.tracepoet.runtime.UsageCapture.Prompt;
import dev.tracepoet.runtime.internal.Failures;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The contained parts of one hook's calls: span start, the steps before and after the delegate,
 * errors, metrics and the end — each step guarded so that tracing never breaks the call. {@link
 * EndpointHook}'s templates and {@link Call} drive it. Internal (package-private).
 */
final class Lifecycle<A, R> {
  final EndpointHook<A, R> hook;
  private final Endpoint endpoint;
  private final Tracer tracer;
  private final Failures failures;
  private final CallMetrics metrics;
  private final UsageCapture usage;
  private final int characterLimit;
  /** Whether the model is read when a call starts (span name, metrics); else only when counting. */
  private final boolean eagerModel;
  /** Whether spans can record anything (not the no-op tracer): only then are request tags read. */
  private final boolean tracing;
  /** Whether the endpoint follows the GenAI conventions, and whether nested GenAI calls are suppressed. */
  private final boolean genAi;
  private final boolean suppressNested;

  Lifecycle(EndpointHook<A, R> hook, Endpoint endpoint) {
    this.hook = hook;
    this.endpoint = endpoint;
    this.tracer = endpoint.tracing().tracer();
    this.failures = hook.failures();
    this.metrics = hook.metrics();
    this.usage = hook.usage();
    this.characterLimit = endpoint.tracing().settings().characterLimit();
    this.eagerModel = metrics != null || endpoint.genAiOperation() != null;
    this.tracing = tracer != OpenTelemetry.noop().getTracer(ClientTracing.INSTRUMENTATION_NAME);
    this.genAi = endpoint.genAiOperation() != null;
    this.suppressNested = genAi && endpoint.tracing().settings().genAi().suppressNested();
  }

  /**
   * Whether a call starting now is suppressed: a GenAI call inside another tracepoet GenAI CLIENT
   * span, with {@link GenAiSettings#suppressNested()} on. Suppressed calls run the delegate only.
   */
  boolean suppressed() {
    try {
      return suppressNested && GenAiNesting.inside();
    } catch (Throwable t) {
      failures.report("nesting", t);
      return false;
    }
  }

  /** The context a call's span runs in: the current one with the span (marked for GenAI calls). */
  Context context(Span span) {
    Context context = Context.current().with(span);
    return genAi ? GenAiNesting.mark(context) : context;
  }

  /**
   * The tally of a streamed call started at {@code startNanos} on {@code span}: GenAI state when
   * GenAI, completion text bounded for counting with {@code model}, and captured (bounded) only
   * when the span captures content.
   */
  StreamTally<R> tally(Span span, long startNanos, String model, int maxRetained) {
    StreamedOutput output = null;
    try {
      if (usage.capturesContent(span)) {
        output = StreamedOutput.create(endpoint.tracing().settings().genAi(), characterLimit + 1);
      }
    } catch (Throwable t) {
      failures.report("capture", t);
    }
    return new StreamTally<>(maxRetained, genAi ? new GenAiStream(startNanos) : null,
        new StreamCompletion(model, output));
  }

  /** The model for a call that starts now: read here when eager, else null (read later if needed). */
  String startModel(A arguments) {
    return eagerModel ? modelOrNull(arguments) : null;
  }

  /** The start time for the duration metrics; not read (about 30 ns on some VMs) without metrics. */
  long startNanos() {
    return metrics == null && !genAi ? 0L : System.nanoTime();
  }

  /**
   * Starts the span with the request attributes ({@code recordStart} on the builder), then runs
   * {@code recordRequest} (when recording) and {@code preResponse}.
   */
  Span start(A arguments, String model) {
    return start(arguments, model, false);
  }

  /** As {@link #start(Object, String)}; {@code streamed} calls get {@code gen_ai.request.stream}. */
  Span start(A arguments, String model, boolean streamed) {
    Span span;
    try {
      SpanBuilder builder = tracer.spanBuilder(endpoint.spanName(model)).setSpanKind(SpanKind.CLIENT);
      endpoint.startAttributes(builder);
      if (tracing) {
        try {
          hook.recordStart(builder, arguments);
        } catch (Throwable t) { // a throwing getter costs the remaining request tags, not the span
          failures.report("recordStart", t);
        }
      }
      if (genAi && streamed) {
        builder.setAttribute(TracepoetAttributes.GEN_AI_REQUEST_STREAM, true);
      }
      span = builder.startSpan();
    } catch (Throwable t) {
      failures.report("start", t);
      span = Span.getInvalid();
    }
    try {
      span = usage.routed(span);
    } catch (Throwable t) {
      failures.report("content", t);
    }
    try {
      if (span.isRecording()) {
        hook.recordRequest(span, arguments);
      }
    } catch (Throwable t) {
      failures.report("recordRequest", t);
    }
    try {
      hook.preResponse(span, arguments);
    } catch (Throwable t) {
      failures.report("preResponse", t);
    }
    return span;
  }

  /**
   * The request content (system instructions, tool definitions) when capturing it, and the prompt's
   * token count, counted before the call; null without prompt wiring.
   */
  Prompt prompt(Span span, A arguments, String model) {
    usage.requestContent(this, span, arguments);
    return usage.prompt(this, span, arguments, model, eagerModel);
  }

  /**
   * The success path: response tags, usage (reported or counted), post-response step, metrics, end.
   *
   * @param model the model when read at the start, else null
   * @param tally for streamed responses, what they delivered ({@code response} is the last); else null
   */
  void succeeded(Span span, A arguments, R response, long startNanos, String model, Prompt prompt,
      StreamTally<R> tally) {
    String responseModel = responseModel(response);
    recordResponse(span, response);
    genAiStreamEnd(span, tally);
    String used = usage.afterResponse(this, span, arguments, response, tally, prompt, model, eagerModel);
    post(span, arguments, response, tally, null);
    end(span, startNanos, used, responseErrorType(span, response));
    CallMetrics.responseModel(null);
  }

  /**
   * The hook's {@link EndpointHook#responseErrorType} of a returned response: when it names a
   * failure, the span gets status ERROR and {@code error.type}, and the caller passes it on to the
   * metrics; null (a success) when it names none or throws.
   */
  private String responseErrorType(Span span, R response) {
    if (response == null) {
      return null;
    }
    try {
      String type = hook.responseErrorType(response);
      if (type != null && span.isRecording()) {
        span.setStatus(StatusCode.ERROR, type);
        span.setAttribute(TracepoetAttributes.ERROR_TYPE, type);
      }
      return type;
    } catch (Throwable t) {
      failures.report("responseErrorType", t);
      return null;
    }
  }

  /**
   * The response model of a GenAI call, for the metrics (read even when the span is not recording);
   * made visible to this thread's token metrics until the call ends.
   */
  private String responseModel(R response) {
    if (!genAi || metrics == null || response == null) {
      return null;
    }
    try {
      String model = hook.responseModel(response);
      CallMetrics.responseModel(model);
      return model;
    } catch (Throwable t) {
      failures.report("responseModel", t);
      return null;
    }
  }

  private void genAiStreamEnd(Span span, StreamTally<R> tally) {
    try {
      if (tally != null && tally.genAi != null) {
        tally.genAi.end(span);
      }
    } catch (Throwable t) {
      failures.report("finishReasons", t);
    }
  }

  /** A streamed element of a GenAI call: time to first chunk, finish reasons. */
  void genAiChunk(Span span, StreamTally<R> tally, R element) {
    if (tally.genAi == null) {
      return;
    }
    try {
      tally.genAi.chunk(span, element == null ? null : hook.finishReasons(element));
    } catch (Throwable t) {
      failures.report("chunk", t);
    }
  }

  /**
   * The failure path: for a stream that delivered elements, their response tags and usage first;
   * then status ERROR (described by the message), exception event, {@code error.type}, the
   * post-response step, metrics, end.
   */
  void failed(Span span, A arguments, Throwable error, long startNanos, String model, Prompt prompt,
      StreamTally<R> tally) {
    String used = model;
    if (tally != null && tally.count() > 0) {
      responseModel(tally.last());
      recordResponse(span, tally.last());
      genAiStreamEnd(span, tally);
      used = usage.afterResponse(this, span, arguments, tally.last(), tally, prompt, model, eagerModel);
    }
    String errorType = errorType(error);
    try {
      ErrorStatus.record(span, error, errorType, characterLimit);
    } catch (Throwable t) {
      failures.report("recordError", t);
    }
    try {
      if (span.isRecording()) {
        hook.recordError(span, error);
      }
    } catch (Throwable t) { // a throwing accessor of the exception costs its error tags, not the call
      failures.report("errorTags", t);
    }
    post(span, arguments, null, tally, error);
    end(span, startNanos, used, errorType);
    CallMetrics.responseModel(null);
  }

  /** The hook's {@code error.type} for {@code error} (e.g. from an error tag), else its class name. */
  private String errorType(Throwable error) {
    try {
      String type = hook.errorType(error);
      if (type != null && !type.isEmpty()) {
        return type;
      }
    } catch (Throwable t) {
      failures.report("errorType", t);
    }
    return error.getClass().getName();
  }

  private void recordResponse(Span span, R response) {
    try {
      if (response != null && span.isRecording()) {
        hook.recordResponse(span, response);
      }
    } catch (Throwable t) {
      failures.report("recordResponse", t);
    }
  }

  private void post(Span span, A arguments, R response, StreamTally<R> tally, Throwable error) {
    try {
      if (tally != null) {
        hook.postStream(span, arguments, tally.elements(), error);
      } else {
        hook.postResponse(span, arguments, response, error);
      }
    } catch (Throwable t) {
      failures.report("postResponse", t);
    }
  }

  /** Streamed element: passes it to the hook. */
  void element(Span span, A arguments, R element) {
    try {
      hook.onElement(span, arguments, element);
    } catch (Throwable t) {
      failures.report("onElement", t);
    }
  }

  /** The completion text of a response or streamed element, or null. */
  CharSequence completionOrNull(R response) {
    if (response == null) {
      return null;
    }
    try {
      return hook.completionText(response);
    } catch (Throwable t) {
      failures.report("completionText", t);
      return null;
    }
  }

  /** The model of a call, or null; callers read it at most once per call. */
  String modelOrNull(A arguments) {
    try {
      return hook.model(arguments);
    } catch (Throwable t) {
      failures.report("model", t);
      return null;
    }
  }

  /** Makes {@code span} current; null when that failed. */
  Scope enter(Span span) {
    try {
      return genAi ? context(span).makeCurrent() : span.makeCurrent();
    } catch (Throwable t) {
      failures.report("makeCurrent", t);
      return null;
    }
  }

  void exit(Scope scope) {
    if (scope == null) {
      return;
    }
    try {
      scope.close();
    } catch (Throwable t) {
      failures.report("closeScope", t);
    }
  }

  private void end(Span span, long startNanos, String model, String errorType) {
    usage.ended(span, model, errorType);
    try {
      span.end();
    } catch (Throwable t) {
      failures.report("end", t);
    }
    if (metrics != null) {
      try {
        metrics.ended(startNanos, model, errorType);
      } catch (Throwable t) {
        failures.report("metrics", t);
      }
    }
  }

  void report(String stage, Throwable t) {
    failures.report(stage, t);
  }
}
