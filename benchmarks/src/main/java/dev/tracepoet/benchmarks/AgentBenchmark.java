package dev.tracepoet.benchmarks;

import dev.tracepoet.benchmarks.check.AgentCheck;
import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import dev.tracepoet.benchmarks.endpoint.Fixtures;
import dev.tracepoet.benchmarks.variants.Variant;
import io.opentelemetry.api.OpenTelemetry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Variant (f), items 1 and 2: {@code @WithSpan}/{@code @SpanAttribute} under the OpenTelemetry Java
 * agent. The subclasses fix the agent's configuration in their {@code @Fork}: {@link
 * AgentNoopBenchmark} and {@link AgentSdkBenchmark}. Their paths are relative to the repository root,
 * where {@code benchmarks/run.sh} runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class AgentBenchmark {

  /** The agent options shared by both modes. */
  static final String AGENT = "-javaagent:benchmarks/target/agent/opentelemetry-javaagent.jar";

  static final String EXTENSION =
      "-Dotel.javaagent.extensions=benchmarks/target/agent/tracepoet-benchmarks-agent-extension.jar";

  /** (f) in the mode the fork's agent options set up. */
  @State(Scope.Benchmark)
  public static class Agent {
    CompletionApi succeeding;
    CompletionApi failing;
    CompletionRequest request;

    @Setup(Level.Trial)
    public void setUp() {
      boolean recording = Boolean.getBoolean("tracepoet.bench.agentRecording");
      String result = AgentCheck.verifyOrThrow(recording);
      System.out.println("same-work check f_agentWithSpan (" + (recording ? "sdk" : "noop") + "): " + result);
      succeeding = Variant.f_agentWithSpan.wrap(Fixtures.succeeding(Fixtures.response()), OpenTelemetry.noop());
      failing = Variant.f_agentWithSpan.wrap(Fixtures.failing(Fixtures.failure()), OpenTelemetry.noop());
      request = Fixtures.request();
    }
  }

  @Benchmark
  public CompletionResponse overhead(Agent state) throws ApiException {
    return state.succeeding.complete(state.request);
  }

  @Benchmark
  public Object errorPath(Agent state) {
    try {
      return state.failing.complete(state.request);
    } catch (ApiException expected) {
      return expected;
    }
  }
}
