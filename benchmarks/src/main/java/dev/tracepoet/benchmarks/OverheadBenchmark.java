package dev.tracepoet.benchmarks;

import dev.tracepoet.benchmarks.check.SameWorkCheck;
import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import dev.tracepoet.benchmarks.endpoint.Fixtures;
import dev.tracepoet.benchmarks.otel.OtelMode;
import dev.tracepoet.benchmarks.variants.Variant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 1: the per-call cost of one successful call of {@link CompletionApi#complete}, untraced (a) and
 * traced by (b)–(e), in no-op and SDK mode. Variant (f) is {@link AgentNoopBenchmark} / {@link
 * AgentSdkBenchmark} (its own JVM, with the agent). Each state checks its variant with {@link
 * SameWorkCheck} before measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OverheadBenchmark {

  /** The delegate itself. */
  @State(Scope.Benchmark)
  public static class Direct {
    CompletionApi api;
    CompletionRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      SameWorkCheck.verifyOrThrow(Variant.a_direct);
      api = Fixtures.succeeding(Fixtures.response());
      request = Fixtures.request();
    }
  }

  /** One traced variant in one mode. */
  @State(Scope.Benchmark)
  public static class Traced {
    @Param({"b_handWritten", "c_tracepoet", "d_proxyReflection", "e_proxyInstrumenter"})
    public Variant variant;

    @Param({"noop", "sdk"})
    public OtelMode otel;

    OtelMode.Setup setup;
    CompletionApi api;
    CompletionRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      if (!Boolean.getBoolean(SameWorkCheck.SKIP_PROPERTY)) {
        SameWorkCheck.verifyOrThrow(variant);
      }
      setup = otel.start();
      api = variant.wrap(Fixtures.succeeding(Fixtures.response()), setup.openTelemetry());
      request = Fixtures.request();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      setup.close();
    }
  }

  @Benchmark
  public CompletionResponse a_direct(Direct state) throws ApiException {
    return state.api.complete(state.request);
  }

  @Benchmark
  public CompletionResponse traced(Traced state) throws ApiException {
    return state.api.complete(state.request);
  }
}
