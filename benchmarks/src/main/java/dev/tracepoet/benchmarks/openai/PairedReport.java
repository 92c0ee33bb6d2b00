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
 * against the target of issue 14 (≤ 0.5) — once from the means of the calls, once from the
 * medians of the paired per-round differences (see {@link OpenAiSdkPairedBenchmark} for what each
 * says). Each figure is the mean over all measurement iterations
 * of all forks; its interval is a 99.9 % percentile bootstrap over those iterations (10,000
 * resamples, fixed seed, so the report is reproducible from the log). The verdict is "met" or
 * "missed" when the ratio's whole interval is on one side of the target, else "not resolved".
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.tracepoet.benchmarks.openai.PairedReport paired.log}
 */
public final class PairedReport {
  static final double TARGET = 0.5;
  private static final int RESAMPLES = 10_000;

  /**
   * One measurement iteration: the mean call time of each variant, and the medians of the per-round
   * differences of each traced variant to the untraced call (NaN in logs from before they were
   * printed); all in ns.
   */
  record Iteration(double untraced, double tracepoet, double opentelemetry, double tracepoetMedianDifference,
      double opentelemetryMedianDifference) {
    double tracepoetOverhead() {
      return tracepoet - untraced;
    }

    double opentelemetryOverhead() {
      return opentelemetry - untraced;
    }

    boolean hasMedians() {
      return !Double.isNaN(tracepoetMedianDifference) && !Double.isNaN(opentelemetryMedianDifference);
    }
  }

  /** What one table compares: each traced variant's overhead in one iteration. */
  private record Estimate(String title, ToDoubleFunction<Iteration> tracepoet, ToDoubleFunction<Iteration> opentelemetry) {}

  private static final Estimate MEANS = new Estimate(
      "Means of the calls (every call counts, pauses included)",
      Iteration::tracepoetOverhead, Iteration::opentelemetryOverhead);
  private static final Estimate MEDIANS = new Estimate(
      "Medians of the paired per-round differences (the tracing code's typical price; rare pauses left out)",
      Iteration::tracepoetMedianDifference, Iteration::opentelemetryMedianDifference);

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
          .add(new Iteration(values.get("untraced"), values.get("tracepoet"), values.get("opentelemetry"),
              values.getOrDefault("median-difference-tracepoet", Double.NaN),
              values.getOrDefault("median-difference-opentelemetry", Double.NaN)));
    }
    return byBenchmark;
  }

  /** The table of the means; then, when every iteration has them, the table of the medians. */
  static String report(Map<String, List<Iteration>> byBenchmark) {
    StringBuilder out = new StringBuilder();
    table(out, byBenchmark, MEANS);
    boolean medians = byBenchmark.values().stream().allMatch(list -> list.stream().allMatch(Iteration::hasMedians));
    if (medians) {
      out.append('\n');
      table(out, byBenchmark, MEDIANS);
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Map<String, List<Iteration>> byBenchmark, Estimate estimate) {
    out.append(estimate.title()).append(":\n\n");
    out.append("| call | iterations | untraced (ns) | tracepoet overhead (ns) | OpenTelemetry overhead (ns) ")
        .append("| ratio (target ≤ ").append(TARGET).append(") | verdict |\n");
    out.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (Map.Entry<String, List<Iteration>> entry : byBenchmark.entrySet()) {
      List<Iteration> iterations = entry.getValue();
      double[] ratio = interval(iterations,
          sample -> mean(sample, estimate.tracepoet()) / mean(sample, estimate.opentelemetry()));
      out.append("| ").append(entry.getKey())
          .append(" | ").append(iterations.size())
          .append(" | ").append(figure(interval(iterations, sample -> mean(sample, Iteration::untraced)), "%,.0f"))
          .append(" | ").append(figure(interval(iterations, sample -> mean(sample, estimate.tracepoet())), "%,.0f"))
          .append(" | ").append(figure(interval(iterations, sample -> mean(sample, estimate.opentelemetry())), "%,.0f"))
          .append(" | ").append(figure(ratio, "%.2f"))
          .append(" | ").append(verdict(ratio)).append(" |\n");
    }
  }

  /** "met" or "missed" when the ratio's whole interval is on one side of the target, else "not resolved". */
  static String verdict(double[] ratio) {
    return ratio[2] <= TARGET ? "met" : ratio[1] > TARGET ? "missed" : "not resolved";
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
