package dev.tracepoet.benchmarks.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.tracepoet.benchmarks.openai.OpenAiSdkBenchmark.Tracing;
import dev.tracepoet.benchmarks.otel.OtelMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * {@link OpenAiSdkBenchmark}'s calls with the three variants <em>interleaved</em>: every benchmark
 * operation is one round of the same call untraced, through {@code OpenAiTracing.wrap} and through
 * OpenTelemetry's openai-java instrumentation, in an order that rotates from round to round, each
 * call timed on its own ({@link System#nanoTime()}, about 25 ns against calls of 15–150 µs). After
 * each measurement iteration {@link Rounds} prints the mean time of each variant's call over the
 * iteration's rounds; {@link PairedReport} turns those lines into each traced variant's overhead
 * over the untraced call of the same rounds, and the ratio of the two overheads.
 *
 * <p>Why: on a shared 2-vCPU VM the speed of the machine drifts by 10–30 % between forks and even
 * between iterations, more than the overhead being compared (3–8 % of a streamed call). Separate
 * forks per variant ({@link OpenAiSdkBenchmark}) add that drift to the difference; here the three
 * calls of a round run within a millisecond of each other, in one JVM whose SDK code was compiled
 * from all three variants' use, so the drift cancels out of each overhead. Garbage collection
 * lands on whichever call filled the young generation, i.e. in proportion to what each allocates.
 * Bytes per call are not measured here: {@link OpenAiSdkBenchmark}'s {@code gc.alloc.rate.norm} is
 * exact to a few bytes already.
 *
 * <p>Two estimates per iteration: the <em>means</em> of each variant's calls (a call that absorbs a
 * young-generation pause or a stolen time slice, 0.1–1 ms, counts in full: this is what a caller
 * waits on average, and its spread is that of the pauses), and the <em>medians of the paired
 * differences</em> of the rounds (each traced call minus the untraced call of its round: the typical
 * price of the tracing code itself, with the rare pause on either side of a pair left out).
 * Allocation, the cause of the pauses, is compared apart, as B/op.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OpenAiSdkPairedBenchmark -f 3 -wi 5 -w 4s -i 10 -r 3s
 * | tee paired.log}, then {@code java -cp benchmarks/target/benchmarks.jar
 * dev.tracepoet.benchmarks.openai.PairedReport paired.log} (JMH's own score is the time of a whole
 * round, all three calls; the report's figures are the comparison).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OpenAiSdkPairedBenchmark {
  private static final Tracing[] VARIANTS = Tracing.values();

  private OtelMode.Setup otel;
  private final OpenAIClient[] chatClients = new OpenAIClient[VARIANTS.length];
  private final OpenAIClient[] streamClients = new OpenAIClient[VARIANTS.length];
  private ChatCompletionCreateParams params;

  @Setup(Level.Trial)
  public void setUp() {
    for (Tracing tracing : VARIANTS) {
      List<String> problems = OpenAiSameWork.verify(tracing, new ArrayList<>());
      if (!problems.isEmpty()) {
        throw new IllegalStateException(tracing + " does not do the expected work: " + problems);
      }
    }
    otel = OtelMode.sdk.start();
    for (Tracing tracing : VARIANTS) {
      chatClients[tracing.ordinal()] = OpenAiSdkBenchmark.traced(
          tracing, OpenAiSdkBenchmark.client(CannedHttpClient.json(OpenAiSdkBenchmark.resource("chat.json"))),
          otel.openTelemetry());
      streamClients[tracing.ordinal()] = OpenAiSdkBenchmark.traced(
          tracing, OpenAiSdkBenchmark.client(CannedHttpClient.events(OpenAiSdkBenchmark.resource("chat.sse"))),
          otel.openTelemetry());
    }
    params = OpenAiSdkBenchmark.params();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    otel.close();
  }

  /**
   * The rounds of one iteration. After each measurement iteration it prints one line, {@value
   * #PREFIX} followed by the benchmark, each variant's mean call time (ns) over the iteration's
   * rounds and the median of each traced variant's per-round difference to the untraced call; {@link PairedReport} reads those lines from JMH's log and gives the overheads, their
   * ratio and confidence intervals.
   */
  @State(Scope.Thread)
  public static class Rounds {
    static final String PREFIX = "paired-round-means";

    /** Rounds kept per iteration for the medians; a 3 s iteration of {@code chat} has about 50,000. */
    private static final int MAX_ROUNDS = 1 << 19;

    private final long[] nanos = new long[VARIANTS.length];
    private final long[] round = new long[VARIANTS.length];
    /** Per round: the traced call minus the untraced one, for tracepoet and for OpenTelemetry. */
    private final long[] tracepoetDifferences = new long[MAX_ROUNDS];
    private final long[] opentelemetryDifferences = new long[MAX_ROUNDS];
    private long rounds;
    private boolean measuring;
    private String benchmark;

    @Setup(Level.Iteration)
    public void reset(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
      Arrays.fill(nanos, 0L);
      rounds = 0;
      measuring = iterationParams.getType() == IterationType.MEASUREMENT;
      String name = benchmarkParams.getBenchmark();
      benchmark = name.substring(name.lastIndexOf('.') + 1);
    }

    @TearDown(Level.Iteration)
    public void print() {
      if (!measuring || rounds == 0) {
        return;
      }
      StringBuilder line = new StringBuilder(PREFIX).append(' ').append(benchmark).append(" rounds=").append(rounds);
      for (Tracing tracing : VARIANTS) {
        line.append(' ').append(tracing).append('=').append(Math.round(nanos[tracing.ordinal()] / (double) rounds));
      }
      int kept = (int) Math.min(rounds, MAX_ROUNDS);
      line.append(" median-difference-tracepoet=").append(median(tracepoetDifferences, kept))
          .append(" median-difference-opentelemetry=").append(median(opentelemetryDifferences, kept));
      System.out.println(line);
    }

    /** The variant that starts round {@code rounds}: rotates so that no variant always runs first. */
    int first() {
      return (int) (rounds % VARIANTS.length);
    }

    void add(int variant, long elapsed) {
      nanos[variant] += elapsed;
      round[variant] = elapsed;
    }

    void roundDone() {
      if (rounds < MAX_ROUNDS) {
        long untraced = round[Tracing.untraced.ordinal()];
        tracepoetDifferences[(int) rounds] = round[Tracing.tracepoet.ordinal()] - untraced;
        opentelemetryDifferences[(int) rounds] = round[Tracing.opentelemetry.ordinal()] - untraced;
      }
      rounds++;
    }

    private static long median(long[] values, int count) {
      long[] sorted = Arrays.copyOf(values, count);
      Arrays.sort(sorted);
      return count % 2 == 1 ? sorted[count / 2] : Math.round((sorted[count / 2 - 1] + sorted[count / 2]) / 2.0);
    }
  }

  @Benchmark
  public void chat(Rounds rounds, Blackhole blackhole) {
    int first = rounds.first();
    for (int i = 0; i < VARIANTS.length; i++) {
      int variant = (first + i) % VARIANTS.length;
      OpenAIClient client = chatClients[variant];
      long start = System.nanoTime();
      blackhole.consume(client.chat().completions().create(params));
      rounds.add(variant, System.nanoTime() - start);
    }
    rounds.roundDone();
  }

  @Benchmark
  public void chatStreaming(Rounds rounds, Blackhole blackhole) {
    int first = rounds.first();
    for (int i = 0; i < VARIANTS.length; i++) {
      int variant = (first + i) % VARIANTS.length;
      OpenAIClient client = streamClients[variant];
      long start = System.nanoTime();
      try (StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params)) {
        response.stream().forEach(blackhole::consume);
      }
      rounds.add(variant, System.nanoTime() - start);
    }
    rounds.roundDone();
  }
}
