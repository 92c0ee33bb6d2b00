package dev.tracepoet.benchmarks.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.tracepoet.runtime.Tokens;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 4: {@link Tokens#estimate(CharSequence)} against exact counting with jtokkit
 * ({@code countTokensOrdinary}, the call tracepoet's {@code Tokens.count} makes) on each corpus part
 * as a whole (about 90 KB). Throughput in MB/s is the part's UTF-8 size divided by the time per
 * operation ({@code run.sh}'s report does that division).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TokensBenchmark {

  /** One corpus part and the two encodings. */
  @State(Scope.Benchmark)
  public static class Text {
    @Param({"english", "code", "json", "nonlatin"})
    public Corpus part;

    String text;
    Encoding cl100k;
    Encoding o200k;

    @Setup(Level.Trial)
    public void setUp() {
      text = part.text();
      EncodingRegistry registry = Encodings.newDefaultEncodingRegistry();
      cl100k = registry.getEncoding(EncodingType.CL100K_BASE);
      o200k = registry.getEncoding(EncodingType.O200K_BASE);
    }
  }

  @Benchmark
  public int estimate(Text state) {
    return Tokens.estimate(state.text);
  }

  @Benchmark
  public int jtokkitCl100k(Text state) {
    return state.cl100k.countTokensOrdinary(state.text);
  }

  @Benchmark
  public int jtokkitO200k(Text state) {
    return state.o200k.countTokensOrdinary(state.text);
  }
}
