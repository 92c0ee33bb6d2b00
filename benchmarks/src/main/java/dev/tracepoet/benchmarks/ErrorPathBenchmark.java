package dev.tracepoet.benchmarks;

import dev.tracepoet.benchmarks.check.SameWorkCheck;
import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
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
 * Item 2: the error path. The delegate throws a checked {@link ApiException} (one pre-built instance,
 * so that building exceptions is not measured; the proxies' {@code InvocationTargetException} is
 * built per call, as it would be). The caller catches it. Variant (f) is in the agent benchmarks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ErrorPathBenchmark {

  /** One variant (a = untraced) in one mode. */
  @State(Scope.Benchmark)
  public static class Failing {
    @Param({"a_direct", "b_handWritten", "c_tracepoet", "d_proxyReflection", "e_proxyInstrumenter"})
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
      api = variant.wrap(Fixtures.failing(Fixtures.failure()), setup.openTelemetry());
      request = Fixtures.request();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      setup.close();
    }
  }

  @Benchmark
  public Object failing(Failing state) {
    try {
      return state.api.complete(state.request);
    } catch (ApiException expected) {
      return expected;
    }
  }
}
