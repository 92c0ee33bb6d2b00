package dev.tracepoet.benchmarks;

import dev.tracepoet.benchmarks.endpoint.ChunkApi;
import dev.tracepoet.benchmarks.endpoint.TracedChunkApi;
import dev.tracepoet.benchmarks.otel.OtelMode;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A generated client's {@code Stream} endpoint ({@link ChunkApi}): one call returning 12 chunks
 * through a {@code map} stage (as an SDK's parsing pipeline would), consumed to the end in bulk
 * ({@code forEach}) or pull by pull ({@code iterator()}), untraced and through {@code
 * TracedChunkApi} with the OpenTelemetry SDK ({@link OtelMode#sdk}). The traced call starts and
 * ends one span, reports each chunk and switches between the call's and the caller's context as
 * the README's "Context" rules say.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StreamEndpointBenchmark -f 3 -wi 4 -w 2s -i 5 -r 2s -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class StreamEndpointBenchmark {
  private static final List<Integer> CHUNKS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  private static final String[] TEXT = {"Hello", ",", " how", " can", " I", " help", " you", " today", "?", " I", "'m", " here"};

  /** Untraced: the delegate itself; traced: the generated wrapper around it. */
  public enum Tracing {
    untraced,
    tracepoet
  }

  @Param Tracing tracing;

  private OtelMode.Setup otel;
  private ChunkApi api;

  @Setup(Level.Trial)
  public void setUp() {
    otel = OtelMode.sdk.start();
    ChunkApi delegate = prompt -> CHUNKS.stream().map(i -> TEXT[i]);
    api = tracing == Tracing.untraced ? delegate : TracedChunkApi.wrap(delegate, otel.openTelemetry());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    otel.close();
  }

  @Benchmark
  public void forEach(Blackhole blackhole) {
    api.chunks("hi").forEach(blackhole::consume);
  }

  @Benchmark
  public void iterator(Blackhole blackhole) {
    Iterator<String> chunks = api.chunks("hi").iterator();
    while (chunks.hasNext()) {
      blackhole.consume(chunks.next());
    }
  }
}
