package dev.tracepoet.benchmarks.openai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Reads the per-iteration lines {@link OpenAiSdkPairedBenchmark} prints into JMH's log and prints,
 * per benchmark, a Markdown row: the untraced call, each traced variant's overhead over the
 * untraced calls of the same rounds, and the ratio tracepoet/OpenTelemetry of the two overheads
 * against the target of issue 14 (≤ 0.5). Each figure is the mean over all measurement iterations
 * of all forks; its interval is a 99.9 % percentile bootstrap over those iterations (10,000
 * resamples, fixed seed, so the report is reproducible from the log). The verdict is "met" or
 * "missed" when the ratio's whole interval is on one side of the target, else "not resolved".
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tracepoet.benchmarks.openai.PairedReport paired.log}
 */
public final class PairedReport {
  static final double TARGET = 0.5;
  private static final int RESAMPLES = 10_000;

  /** One measurement iteration: the mean call time of each variant (ns). */
  record Iteration(double untraced, double tracepoet, double opentelemetry) {
    double tracepoetOverhead() {
      return tracepoet - untraced;
    }

    double opentelemetryOverhead() {
      return opentelemetry - untraced;
    }
  }

  private PairedReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PairedReport <JMH log of OpenAiSdkPairedBenchmark>");
      System.exit(2);
    }
    System.out.print(report(parse(Files.readAllLines(Path.of(args[0])))));
  }

  /** The iterations per benchmark, in the order the log has them. */
  static Map<String, List<Iteration>> parse(List<String> lines) {
    Map<String, List<Iteration>> byBenchmark = new LinkedHashMap<>();
    for (String line : lines) {
      int at = line.indexOf(OpenAiSdkPairedBenchmark.Rounds.PREFIX + " "); // JMH may print "Iteration n: " first
      if (at < 0) {
        continue;
      }
      String[] fields = line.substring(at).trim().split(" +");
      Map<String, Double> values = new LinkedHashMap<>();
      for (int i = 2; i < fields.length; i++) {
        String[] pair = fields[i].split("=", 2);
        values.put(pair[0], Double.parseDouble(pair[1]));
      }
      byBenchmark.computeIfAbsent(fields[1], name -> new ArrayList<>())
          .add(new Iteration(values.get("untraced"), values.get("tracepoet"), values.get("opentelemetry")));
    }
    return byBenchmark;
  }

  static String report(Map<String, List<Iteration>> byBenchmark) {
    StringBuilder out = new StringBuilder();
    out.append("| call | iterations | untraced (ns) | tracepoet overhead (ns) | OpenTelemetry overhead (ns) ")
        .append("| ratio (target ≤ ").append(TARGET).append(") | verdict |\n");
    out.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (Map.Entry<String, List<Iteration>> entry : byBenchmark.entrySet()) {
      List<Iteration> iterations = entry.getValue();
      double[] ratio = interval(iterations,
          sample -> mean(sample, Iteration::tracepoetOverhead) / mean(sample, Iteration::opentelemetryOverhead));
      String verdict = ratio[2] <= TARGET ? "met" : ratio[1] > TARGET ? "missed" : "not resolved";
      out.append("| ").append(entry.getKey())
          .append(" | ").append(iterations.size())
          .append(" | ").append(figure(interval(iterations, sample -> mean(sample, Iteration::untraced)), "%,.0f"))
          .append(" | ").append(figure(interval(iterations, sample -> mean(sample, Iteration::tracepoetOverhead)), "%,.0f"))
          .append(" | ").append(figure(interval(iterations, sample -> mean(sample, Iteration::opentelemetryOverhead)), "%,.0f"))
          .append(" | ").append(figure(ratio, "%.2f"))
          .append(" | ").append(verdict).append(" |\n");
    }
    return out.toString();
  }

  /** {point estimate, low, high}: the statistic of all iterations and its 99.9 % bootstrap interval. */
  static double[] interval(List<Iteration> iterations, ToDoubleFunction<List<Iteration>> statistic) {
    SplittableRandom random = new SplittableRandom(14);
    double[] resampled = new double[RESAMPLES];
    List<Iteration> sample = new ArrayList<>(iterations.size());
    for (int r = 0; r < RESAMPLES; r++) {
      sample.clear();
      for (int i = 0; i < iterations.size(); i++) {
        sample.add(iterations.get(random.nextInt(iterations.size())));
      }
      resampled[r] = statistic.applyAsDouble(sample);
    }
    Arrays.sort(resampled);
    return new double[] {
      statistic.applyAsDouble(iterations),
      resampled[(int) Math.floor(RESAMPLES * 0.0005)],
      resampled[(int) Math.ceil(RESAMPLES * 0.9995) - 1]
    };
  }

  private static double mean(List<Iteration> iterations, ToDoubleFunction<Iteration> value) {
    double sum = 0;
    for (Iteration iteration : iterations) {
      sum += value.applyAsDouble(iteration);
    }
    return sum / iterations.size();
  }

  private static String figure(double[] interval, String format) {
    return String.format(Locale.ROOT, format + " [" + format + " … " + format + "]", interval[0], interval[1], interval[2]);
  }
}
