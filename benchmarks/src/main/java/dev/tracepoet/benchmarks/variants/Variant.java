package dev.tracepoet.benchmarks.variants;

import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.TracedCompletionApi;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;

/** The ways of tracing {@link CompletionApi} that the benchmarks compare. */
public enum Variant {
  /** (a) no tracing: the delegate itself. */
  a_direct,
  /** (b) hand-written OpenTelemetry code doing exactly the generated code's work: the limit. */
  b_handWritten,
  /** (c) the tracepoet-generated {@code TracedCompletionApi}. */
  c_tracepoet,
  /** (d) a {@code java.lang.reflect.Proxy} reading the same attributes with reflection. */
  d_proxyReflection,
  /** (e) a Proxy on the Instrumenter API (Instrumenter + AttributesExtractor). */
  e_proxyInstrumenter,
  /** (f) {@code @WithSpan}/{@code @SpanAttribute}; traces only under the Java agent. */
  f_agentWithSpan;

  /** The facts {@code @TracedEndpoint} on {@link CompletionApi#complete} gives the processor. */
  public static final List<EndpointSpec> SPECS =
      List.of(
          new EndpointSpec(
              "complete",
              CompletionApi.SPAN_NAME,
              CompletionApi.PATH,
              CompletionApi.METHOD,
              List.of("model", "max_tokens", "temperature"),
              List.of("id", "usage.total_tokens")));

  /** {@code delegate} traced this way with {@code openTelemetry}. */
  public CompletionApi wrap(CompletionApi delegate, OpenTelemetry openTelemetry) {
    switch (this) {
      case a_direct:
        return delegate;
      case b_handWritten:
        return HandWrittenCompletionApi.wrap(delegate, openTelemetry);
      case c_tracepoet:
        return TracedCompletionApi.wrap(delegate, openTelemetry);
      case d_proxyReflection:
        return ReflectiveProxy.wrap(CompletionApi.class, delegate, openTelemetry, "openai", SPECS);
      case e_proxyInstrumenter:
        return InstrumenterProxy.wrap(CompletionApi.class, delegate, openTelemetry, "openai", SPECS);
      case f_agentWithSpan:
        return new WithSpanCompletionApi(delegate);
      default:
        throw new AssertionError(this);
    }
  }
}
