package dev.tracepoet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw results of {@code benchmarks/run.sh} (JMH's CSV, the harnesses' Markdown) into the
 * tables of {@code BENCHMARKS.md}, with the ratios and a verdict per target. A ratio's range comes
 * from JMH's 99.9 % error bars (worst and best case of both scores), and a second one from the
 * fastest and slowest measured iterations (JMH's log); a verdict is "met" or "missed" when either
 * whole range is on one side of the target, and "not resolved" otherwise.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.tracepoet.benchmarks.Report benchmarks/results}
 */
public final class Report {
  /** One JMH row: score and error of the primary metric, and B/op from -prof gc. */
  record Row(double score, double error, double bytes) {
    double low() {
      return Double.isNaN(error) ? score : score - error;
    }

    double high() {
      return Double.isNaN(error) ? score : score + error;
    }
  }

  private final Map<String, Row> rows = new LinkedHashMap<>();
  /** Per row: {min, max} of the measured iterations (from jmh.log). */
  private final Map<String, double[]> iterations = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private final List<String[]> targets = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    Report report = new Report();
    report.read(dir.resolve("jmh.csv"));
    report.readIterations(dir.resolve("jmh.log"));
    if (Files.exists(dir.resolve("tokens.csv"))) {
      report.read(dir.resolve("tokens.csv"));
      report.readIterations(dir.resolve("tokens.log"));
    }
    report.write(dir);
    System.out.print(report.out);
  }

  // ---------------------------------------------------------------- reading JMH's CSV

  private void read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = split(lines.get(0));
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> errors = new LinkedHashMap<>();
    Map<String, Double> bytes = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = split(line);
      String benchmark = cells.get(0);
      String secondary = null;
      int colon = benchmark.indexOf(':');
      if (colon > 0) {
        secondary = benchmark.substring(colon + 1);
        benchmark = benchmark.substring(0, colon);
      }
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(benchmark);
      for (int i = 7; i < header.size() && i < cells.size(); i++) {
        if (!cells.get(i).isEmpty()) {
          key.append(' ').append(header.get(i).replace("Param: ", "")).append('=').append(cells.get(i));
        }
      }
      String k = key.toString();
      if (secondary == null) {
        scores.put(k, Double.parseDouble(cells.get(4)));
        errors.put(k, parse(cells.get(5)));
      } else if (secondary.equals("gc.alloc.rate.norm")) {
        bytes.put(k, Double.parseDouble(cells.get(4)));
      }
    }
    scores.forEach((k, v) -> rows.put(k, new Row(v, errors.get(k), bytes.getOrDefault(k, Double.NaN))));
  }

  /** Min and max of each benchmark's measured iterations, from JMH's human-readable log. */
  private void readIterations(Path log) throws IOException {
    if (!Files.exists(log)) {
      return;
    }
    String benchmark = null;
    String params = "";
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith("# Benchmark: ")) {
        String name = line.substring("# Benchmark: ".length()).trim();
        benchmark = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        params = "";
      } else if (line.startsWith("# Parameters: (")) {
        StringBuilder key = new StringBuilder();
        for (String pair : line.substring("# Parameters: (".length(), line.length() - 1).split(", ")) {
          String[] kv = pair.split(" = ");
          key.append(' ').append(kv[0]).append('=').append(kv[1]);
        }
        params = key.toString();
      } else if (benchmark != null && line.startsWith("Iteration ")) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split(" ");
        double value = Double.parseDouble(parts[0]);
        double[] range = iterations.computeIfAbsent(
            benchmark + params, k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
        range[0] = Math.min(range[0], value);
        range[1] = Math.max(range[1], value);
      }
    }
  }

  private double[] iterationRange(Row row) {
    for (Map.Entry<String, Row> entry : rows.entrySet()) {
      if (entry.getValue() == row) {
        return iterations.get(entry.getKey());
      }
    }
    return null;
  }

  private static double parse(String cell) {
    return cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      cells.add(cell.replace("\"", ""));
    }
    return cells;
  }

  private Row overhead(String variant, String otel) {
    if (variant.equals("a_direct")) {
      return rows.get("OverheadBenchmark.a_direct");
    }
    if (variant.equals("f_agentWithSpan")) {
      return rows.get((otel.equals("noop") ? "AgentNoopBenchmark" : "AgentSdkBenchmark") + ".overhead");
    }
    return rows.get("OverheadBenchmark.traced otel=" + otel + " variant=" + variant);
  }

  private Row error(String variant, String otel) {
    if (variant.equals("f_agentWithSpan")) {
      return rows.get((otel.equals("noop") ? "AgentNoopBenchmark" : "AgentSdkBenchmark") + ".errorPath");
    }
    return rows.get("ErrorPathBenchmark.failing otel=" + otel + " variant=" + variant);
  }

  // ---------------------------------------------------------------- writing

  private static final String[] VARIANTS = {
    "a_direct", "b_handWritten", "c_tracepoet", "d_proxyReflection", "e_proxyInstrumenter", "f_agentWithSpan"
  };

  private void write(Path dir) throws IOException {
    out.append("Times: JMH average time, ± its 99.9 % error. B/op: JMH `gc.alloc.rate.norm`, which counts")
        .append(" every thread (in SDK mode including the batch processor's worker); the exact bytes of the")
        .append(" calling thread are in the allocation table below.\n\n");
    out.append("### 1. Per-call overhead (one successful call)\n\n");
    perCall(this::overhead);
    Row bNoop = overhead("b_handWritten", "noop");
    Row cNoop = overhead("c_tracepoet", "noop");
    Row dNoop = overhead("d_proxyReflection", "noop");
    Row bSdk = overhead("b_handWritten", "sdk");
    Row cSdk = overhead("c_tracepoet", "sdk");
    atMost("(c)/(b) time, no-op", cNoop, bNoop, 1.05);
    atMost("(c)/(b) time, SDK", cSdk, bSdk, 1.05);
    Map<String, String> caller = callerAllocation(dir);
    for (String otel : new String[] {"noop", "sdk"}) {
      String c = caller.get("success c_tracepoet:" + otel);
      String b = caller.get("success b_handWritten:" + otel);
      Row cRow = overhead("c_tracepoet", otel);
      Row bRow = overhead("b_handWritten", otel);
      if (c == null || b == null) {
        continue;
      }
      double cBytes = Double.parseDouble(c.split(" ")[2]);
      double bBytes = Double.parseDouble(b.split(" ")[0]);
      targets.add(new String[] {
        "(c)/(b) B/op, " + (otel.equals("noop") ? "no-op" : "SDK") + " ≤ 1.0",
        String.format(Locale.ROOT,
            "calling thread (exact): %s vs %s B/op (%s); JMH gc.alloc.rate.norm (all threads): %.1f vs %.1f",
            c, b, bBytes == 0 ? (cBytes == 0 ? "both 0" : "(b) 0") : String.format(Locale.ROOT, "ratio %.3f", cBytes / bBytes),
            cRow.bytes(), bRow.bytes()),
        cBytes <= bBytes ? "met" : "**missed**"
      });
    }
    atMost("(c)/(d) time, no-op", cNoop, dNoop, 0.5);
    for (String other : new String[] {"d_proxyReflection", "e_proxyInstrumenter", "f_agentWithSpan"}) {
      atMost("(c) faster than " + other + ", SDK: (c)/(" + other.charAt(0) + ") time", cSdk, overhead(other, "sdk"), 1.0);
    }

    out.append("\n### 2. Error path (the delegate throws a checked exception)\n\n");
    perCall(this::error);

    out.append("\n### 4. Tokens: throughput and allocation (whole corpus part per operation)\n\n");
    tokens(dir);

    processor(dir);

    out.append("\n### Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    for (String[] target : targets) {
      out.append("| ").append(target[0]).append(" | ").append(target[1]).append(" | ").append(target[2]).append(" |\n");
    }
  }

  private interface Lookup {
    Row get(String variant, String otel);
  }

  private void perCall(Lookup lookup) {
    out.append("| variant | no-op ns/op (±99.9 %) | no-op B/op | vs (b): time | vs (b): B/op |")
        .append(" SDK ns/op (±99.9 %) | SDK B/op | vs (b): time | vs (b): B/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      out.append("| ").append(variant);
      for (String otel : new String[] {"noop", "sdk"}) {
        Row row = lookup.get(variant, otel);
        Row b = lookup.get("b_handWritten", otel);
        if (row == null) {
          out.append(" | — | — | — | —");
          continue;
        }
        out.append(String.format(Locale.ROOT, " | %s ± %s | %.0f | %s | %s",
            number(row.score()), Double.isNaN(row.error()) ? "?" : number(row.error()), row.bytes(),
            b == null ? "—" : String.format(Locale.ROOT, "%.2f", row.score() / b.score()),
            b == null ? "—"
                : b.bytes() < 0.5 ? (row.bytes() < 0.5 ? "0 = 0" : "(b) 0")
                : String.format(Locale.ROOT, "%.2f", row.bytes() / b.bytes())));
      }
      out.append(" |\n");
    }
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private void atMost(String name, Row x, Row y, double target) {
    if (x == null || y == null) {
      targets.add(new String[] {name + " ≤ " + target, "not measured", "—"});
      return;
    }
    double ratio = x.score() / y.score();
    double best = x.low() / y.high();
    double worst = x.high() / y.low();
    double[] xi = iterationRange(x);
    double[] yi = iterationRange(y);
    String iterationText = "";
    boolean iterationsMet = false;
    boolean iterationsMissed = false;
    if (xi != null && yi != null) {
      double iterationsWorst = xi[1] / yi[0];
      double iterationsBest = xi[0] / yi[1];
      iterationsMet = iterationsWorst <= target;
      iterationsMissed = iterationsBest > target;
      iterationText = String.format(Locale.ROOT, "; iterations %.3f … %.3f", iterationsBest, iterationsWorst);
    }
    String verdict =
        worst <= target
            ? "met"
            : best > target
                ? "**missed**"
                : iterationsMet
                    ? "met (every measured iteration; the 99.9 % error bars are wider)"
                    : iterationsMissed
                        ? "**missed** (every measured iteration)"
                        : "not resolved (point estimate " + (ratio <= target ? "meets" : "misses") + " it)";
    targets.add(new String[] {
      name + " ≤ " + target,
      String.format(Locale.ROOT, "%.3f (error bars %.3f … %.3f%s)", ratio, best, worst, iterationText),
      verdict
    });
  }

  /** {@code "<path> <configuration>" -> "min … max"} from caller-allocation.md. */
  private static Map<String, String> callerAllocation(Path dir) throws IOException {
    Map<String, String> lines = new LinkedHashMap<>();
    Path file = dir.resolve("caller-allocation.md");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String[] cells = line.split("\\|");
        if (cells.length >= 4 && cells[3].contains("…")) {
          lines.put(cells[1].trim() + " " + cells[2].trim(), cells[3].trim());
        }
      }
    }
    return lines;
  }

  private void processor(Path dir) throws IOException {
    Path file = dir.resolve("processor.md");
    if (!Files.exists(file)) {
      return;
    }
    // endpoints -> {wall with, wall without, per-round wall ratio, cpu with, cpu without, per-round cpu ratio,
    //               per-round replay wall ratio, per-round replay cpu ratio, per-round in-processor share}
    Map<Integer, double[]> bySize = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split("\\|");
      if (cells.length > 18 && cells[1].trim().matches("\\d+")) {
        bySize.put(Integer.parseInt(cells[1].trim()), new double[] {
          Double.parseDouble(cells[5].trim()), Double.parseDouble(cells[6].trim()),
          Double.parseDouble(cells[8].trim()), Double.parseDouble(cells[10].trim()),
          Double.parseDouble(cells[11].trim()), Double.parseDouble(cells[13].trim()),
          Double.parseDouble(cells[15].trim()), Double.parseDouble(cells[16].trim()),
          Double.parseDouble(cells[18].trim())
        });
      }
    }
    double[] at1000 = bySize.get(1000);
    double[] at5000 = bySize.get(5000);
    if (at1000 != null) {
      double cpu = at1000[3] / at1000[4];
      double wall = at1000[0] / at1000[1];
      targets.add(new String[] {
        "javac with processor / -proc:none + generated, 1,000 endpoints ≤ 1.3",
        String.format(Locale.ROOT,
            "CPU %.3f (%.0f / %.0f ms; per-round median %.3f); wall %.3f (%.0f / %.0f ms; per-round median %.3f)",
            cpu, at1000[3], at1000[4], at1000[5], wall, at1000[0], at1000[1], at1000[2]),
        verdict(Math.max(cpu, at1000[5]) <= 1.3, Math.min(cpu, at1000[5]) > 1.3)
            + " (CPU); " + verdict(Math.max(wall, at1000[2]) <= 1.3, Math.min(wall, at1000[2]) > 1.3) + " (wall)"
      });
      targets.add(new String[] {
        "(no target) of which javac's own: a processor that only writes the same files, 1,000 endpoints",
        String.format(Locale.ROOT,
            "replay / -proc:none: wall %.3f, CPU %.3f (per-round medians); time inside tracepoet's processor"
                + " (init + process, incl. writing the files) / -proc:none: %.3f",
            at1000[6], at1000[7], at1000[8]),
        at1000[6] > 1.3 ? "javac alone already exceeds 1.3" : "javac alone is within 1.3"
      });
    }
    if (at1000 != null && at5000 != null) {
      double cpu = at5000[3] / at1000[3];
      double wall = at5000[0] / at1000[0];
      targets.add(new String[] {
        "javac with processor, 5,000 vs 1,000 endpoints ≤ 5.5×",
        String.format(Locale.ROOT,
            "CPU %.2f× (%.0f vs %.0f ms); wall %.2f×; for comparison -proc:none + generated: CPU %.2f×, wall %.2f×",
            cpu, at5000[3], at1000[3], wall, at5000[4] / at1000[4], at5000[1] / at1000[1]),
        verdict(cpu <= 5.5, cpu > 5.5) + " (CPU); " + verdict(wall <= 5.5, wall > 5.5) + " (wall)"
      });
    }
  }

  private static String verdict(boolean met, boolean missed) {
    return met ? "met" : missed ? "**missed**" : "not resolved";
  }

  private void tokens(Path dir) throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (String part : new String[] {"english", "code", "json", "nonlatin"}) {
      sizes.put(part, new dev.tracepoet.benchmarks.tokens.CorpusSize().bytes(part));
    }
    out.append("| part | KB | estimate µs/op | estimate MB/s | estimate B/op | cl100k µs/op | cl100k MB/s | cl100k B/op |")
        .append(" o200k µs/op | o200k MB/s | o200k B/op | estimate vs cl100k | estimate vs o200k |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double minSpeedup = Double.MAX_VALUE;
    double minIterationSpeedup = Double.MAX_VALUE;
    String slowest = "";
    double maxEstimateBytes = 0;
    for (Map.Entry<String, Integer> part : sizes.entrySet()) {
      Row estimate = rows.get("TokensBenchmark.estimate part=" + part.getKey());
      Row cl = rows.get("TokensBenchmark.jtokkitCl100k part=" + part.getKey());
      Row o = rows.get("TokensBenchmark.jtokkitO200k part=" + part.getKey());
      if (estimate == null || cl == null || o == null) {
        continue;
      }
      double bytes = part.getValue();
      out.append(String.format(Locale.ROOT,
          "| %s | %.1f | %.1f | %.0f | %.2f | %.0f | %.1f | %.0f | %.0f | %.1f | %.0f | %.1f× | %.1f× |%n",
          part.getKey(), bytes / 1000,
          estimate.score(), bytes / estimate.score(), estimate.bytes(),
          cl.score(), bytes / cl.score(), cl.bytes(),
          o.score(), bytes / o.score(), o.bytes(),
          cl.score() / estimate.score(), o.score() / estimate.score()));
      double speedup = Math.min(cl.score(), o.score()) / estimate.score();
      if (speedup < minSpeedup) {
        minSpeedup = speedup;
        slowest = part.getKey();
      }
      // Conservative: jtokkit's fastest measured iteration against the estimate's slowest.
      double[] e = iterations.get("TokensBenchmark.estimate part=" + part.getKey());
      double[] c1 = iterations.get("TokensBenchmark.jtokkitCl100k part=" + part.getKey());
      double[] o2 = iterations.get("TokensBenchmark.jtokkitO200k part=" + part.getKey());
      if (e != null && c1 != null && o2 != null) {
        minIterationSpeedup = Math.min(minIterationSpeedup, Math.min(c1[0], o2[0]) / e[1]);
      }
      maxEstimateBytes = Math.max(maxEstimateBytes, estimate.bytes());
    }
    targets.add(new String[] {
      "Tokens.estimate ≥ 10× jtokkit's throughput (every part, both encodings)",
      String.format(Locale.ROOT,
          "slowest part %s: %.1f× (means); jtokkit's fastest iteration vs the estimate's slowest, over all parts: %.1f×",
          slowest, minSpeedup, minIterationSpeedup),
      minIterationSpeedup >= 10 ? "met"
          : minSpeedup >= 10 ? "not resolved (the means meet it; the fastest jtokkit iterations do not)"
          : "**missed**"
    });
    Path callerAllocation = dir.resolve("caller-allocation.md");
    String caller = Files.exists(callerAllocation) ? Files.readString(callerAllocation) : "";
    boolean zero = caller.contains("| estimate |") && !caller.lines()
        .filter(l -> l.startsWith("| estimate |")).anyMatch(l -> !l.endsWith("| 0.0 … 0.0 |"));
    targets.add(new String[] {
      "Tokens.estimate 0 B/op",
      String.format(Locale.ROOT, "caller thread: %s; JMH (all threads, per ~100 µs op): ≤ %.2f B/op",
          zero ? "0 B/op on every part" : "see caller-allocation.md", maxEstimateBytes),
      zero ? "met" : "**missed**"
    });
  }
}
