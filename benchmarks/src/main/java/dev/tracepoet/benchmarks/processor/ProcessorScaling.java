package dev.tracepoet.benchmarks.processor;

import dev.tracepoet.processor.TracedProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Item 3: what the processor adds to a build, and how that grows. For 10, 100, 1,000 and 5,000
 * synthetic endpoints ({@link SyntheticSources}) it times in-process javac ({@code
 * javax.tools.JavaCompiler}, {@code --release 17}):
 *
 * <ul>
 *   <li><b>with processor</b>: the sources, with tracepoet's processor, which generates the {@code
 *       Traced*} wrappers that javac then compiles too;
 *   <li><b>-proc:none</b>: the same sources plus the already generated wrappers (captured from a run
 *       with the processor), with annotation processing off: the same output, without the processor;
 *   <li><b>replay</b>: the sources, with {@link ReplayProcessor}, which writes the captured wrappers
 *       and does nothing else: what javac itself charges for a processor that generates these files
 *       (the floor for any processor), separated from what tracepoet's own code costs.
 * </ul>
 *
 * Each size runs in a fresh JVM (so sizes do not warm each other up): warm-up rounds first, then
 * measured rounds, each round compiling all three ways (rotating which goes first) into emptied
 * output directories. Reported: the median of each, their ratio, and the median of the per-round ratios,
 * both in wall time and in process CPU time ({@code OperatingSystemMXBean#getProcessCpuTime}: javac's
 * thread plus the GC and JIT threads), which other processes on a shared machine disturb much less.
 * The result is a Markdown table on standard output.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.tracepoet.benchmarks.processor.ProcessorScaling
 * [--sizes 10,100,1000,5000] [--classpath-dir benchmarks/target/javac-classpath] [--rounds 3] [--quick]}
 */
public final class ProcessorScaling {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private ProcessorScaling() {}

  /** Measured rounds at least ({@code --rounds N}); each round compiles every arm once. */
  private static int minRounds = 3;

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(10, 100, 1000, 5000);
    String classpathDir = "benchmarks/target/javac-classpath";
    boolean quick = false;
    int child = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes":
          sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).collect(Collectors.toList());
          break;
        case "--classpath-dir":
          classpathDir = args[++i];
          break;
        case "--quick":
          quick = true;
          break;
        case "--rounds":
          minRounds = Integer.parseInt(args[++i]);
          break;
        case "--child":
          child = Integer.parseInt(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Path> classpath = classpath(Path.of(classpathDir));
    if (child >= 0) {
      runChild(child, classpath, quick);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.add(spawn(size, classpathDir, quick));
    }
    printTable(rows);
  }

  // ---------------------------------------------------------------- parent: one JVM per size

  private static String[] spawn(int size, String classpathDir, boolean quick) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // A young generation large enough that a compile of 1,000 endpoints needs few collections: with a
    // small one, how much each compile copies and promotes varied from round to round.
    command.addAll(List.of("-Xms12g", "-Xmx12g", "-Xmn6g", "-XX:+UseParallelGC"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(ProcessorScaling.class.getName());
    command.addAll(List.of("--child", Integer.toString(size), "--classpath-dir", classpathDir));
    if (quick) {
      command.add("--quick");
    }
    command.addAll(List.of("--rounds", Integer.toString(minRounds)));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("size " + size + " failed:\n" + output);
    }
    for (String line : output.split("\n")) {
      if (line.startsWith("RESULT ")) {
        return line.substring("RESULT ".length()).split(" ");
      }
      System.err.println(line);
    }
    throw new IllegalStateException("no result for size " + size + ":\n" + output);
  }

  private static void printTable(List<String[]> rows) {
    System.out.println(
        "| endpoints | interfaces | generated lines | rounds | with processor: wall ms (median) |"
            + " -proc:none + generated: wall ms | wall ratio | median per-round wall ratio |"
            + " with processor vs previous size (wall) | with processor: CPU ms | -proc:none: CPU ms |"
            + " CPU ratio | median per-round CPU ratio | replay processor: wall ms |"
            + " replay / -proc:none, per-round wall | replay / -proc:none, per-round CPU |"
            + " in tracepoet's processor: wall ms | in tracepoet's processor / -proc:none, per-round |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    double previous = Double.NaN;
    int previousSize = 0;
    for (String[] row : rows) {
      int size = Integer.parseInt(row[0]);
      double with = Double.parseDouble(row[4]);
      double without = Double.parseDouble(row[5]);
      String growth =
          Double.isNaN(previous)
              ? "—"
              : String.format(Locale.ROOT, "%.2f× for %d× the endpoints", with / previous, size / previousSize);
      double withCpu = Double.parseDouble(row[7]);
      double withoutCpu = Double.parseDouble(row[8]);
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %.0f | %.0f | %.3f | %s | %s | %.0f | %.0f | %.3f | %s | %.0f | %s | %s | %.0f | %s |%n",
          row[0], row[1], row[2], row[3], with, without, with / without, row[6], growth,
          withCpu, withoutCpu, withCpu / withoutCpu, row[9], Double.parseDouble(row[10]), row[11], row[12],
          Double.parseDouble(row[13]), row[14]);
      previous = with;
      previousSize = size;
    }
  }

  // ---------------------------------------------------------------- child: one size

  private static void runChild(int size, List<Path> classpath, boolean quick) throws IOException {
    Path work = Files.createTempDirectory("tracepoet-scaling-" + size + "-");
    try {
      Path sourcesDir = work.resolve("src");
      List<Path> sources = SyntheticSources.write(sourcesDir, size);
      Path classes = work.resolve("classes");
      Path generated = work.resolve("generated");
      Path captured = work.resolve("captured");

      // One run with the processor to capture the generated sources for the -proc:none arm.
      compile(sources, true, classpath, classes, generated);
      List<Path> generatedSources = copyTree(generated, captured);
      long generatedLines = 0;
      for (Path file : generatedSources) {
        generatedLines += Files.readAllLines(file).size();
      }
      List<Path> withGenerated = new ArrayList<>(sources);
      withGenerated.addAll(generatedSources);
      int interfaces = (size + SyntheticSources.METHODS_PER_INTERFACE - 1) / SyntheticSources.METHODS_PER_INTERFACE;
      if (generatedSources.size() != interfaces) {
        throw new IllegalStateException(
            "expected " + interfaces + " generated wrappers, got " + generatedSources.size());
      }

      // Warm-up, then measurement: at least so many rounds and so many seconds.
      int warmupRounds = quick ? 1 : 2;
      long warmupNanos = (quick ? 3 : 20) * 1_000_000_000L;
      int rounds = quick ? 2 : minRounds;
      long measureNanos = (quick ? 3 : 25) * 1_000_000_000L;
      Arms arms = new Arms(sources, withGenerated, captured, classpath, classes, generated);
      arms.run(warmupRounds, warmupNanos, false);
      arms.run(rounds, measureNanos, true);

      System.out.printf(
          Locale.ROOT,
          "RESULT %d %d %d %d %.1f %.1f %.3f %.1f %.1f %.3f %.1f %.3f %.3f %.1f %.3f%n",
          size,
          interfaces,
          generatedLines,
          arms.wall[WITH].size(),
          median(arms.wall[WITH]),
          median(arms.wall[NONE]),
          median(ratios(arms.wall[WITH], arms.wall[NONE])),
          median(arms.cpu[WITH]),
          median(arms.cpu[NONE]),
          median(ratios(arms.cpu[WITH], arms.cpu[NONE])),
          median(arms.wall[REPLAY]),
          median(ratios(arms.wall[REPLAY], arms.wall[NONE])),
          median(ratios(arms.cpu[REPLAY], arms.cpu[NONE])),
          median(arms.inProcessor[WITH]),
          median(ratios(arms.inProcessor[WITH], arms.wall[NONE])));
      System.err.printf(
          Locale.ROOT,
          "size %d: with processor %s ms (cpu %s; in tracepoet's processor %s); replay %s ms (cpu %s);"
              + " -proc:none %s ms (cpu %s)%n",
          size,
          format(arms.wall[WITH]),
          format(arms.cpu[WITH]),
          format(arms.inProcessor[WITH]),
          format(arms.wall[REPLAY]),
          format(arms.cpu[REPLAY]),
          format(arms.wall[NONE]),
          format(arms.cpu[NONE]));
    } finally {
      deleteTree(work);
    }
  }

  private static final int WITH = 0;
  private static final int REPLAY = 1;
  private static final int NONE = 2;

  /**
   * The three ways of compiling one size, measured in the same rounds: each round compiles all three
   * (in an order that rotates from round to round) into emptied directories, so that a slow phase of
   * the machine hits every arm alike and the per-round ratios cancel it.
   */
  private static final class Arms {
    private final List<Path> sources;
    private final List<Path> withGenerated;
    private final Path captured;
    private final List<Path> classpath;
    private final Path classes;
    private final Path generated;

    @SuppressWarnings("unchecked")
    final List<Double>[] wall = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};

    @SuppressWarnings("unchecked")
    final List<Double>[] cpu = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};

    @SuppressWarnings("unchecked")
    final List<Double>[] inProcessor = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};

    Arms(List<Path> sources, List<Path> withGenerated, Path captured, List<Path> classpath, Path classes, Path generated) {
      this.sources = sources;
      this.withGenerated = withGenerated;
      this.captured = captured;
      this.classpath = classpath;
      this.classes = classes;
      this.generated = generated;
    }

    void run(int minRounds, long minNanos, boolean record) throws IOException {
      long start = System.nanoTime();
      for (int round = 0; round < minRounds || System.nanoTime() - start < minNanos; round++) {
        for (int i = 0; i < 3; i++) {
          int arm = (round + i) % 3;
          System.gc();
          double millis;
          switch (arm) {
            case WITH:
              millis = compile(sources, true, classpath, classes, generated);
              break;
            case REPLAY:
              millis = compileReplay(sources, captured, classpath, classes, generated);
              break;
            default:
              millis = compile(withGenerated, false, classpath, classes, generated);
          }
          if (record) {
            wall[arm].add(millis);
            cpu[arm].add(lastCpuMillis);
            inProcessor[arm].add(lastProcessorMillis);
          }
        }
      }
    }
  }

  private static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < numerators.size(); i++) {
      ratios.add(numerators.get(i) / denominators.get(i));
    }
    return ratios;
  }

  /** Wall time spent inside the processor's {@code init} and {@code process} in the last {@link #compile}, ms. */
  private static double lastProcessorMillis;

  /** Process CPU time of the last {@link #compile} (javac's thread plus GC and JIT threads), ms. */
  private static double lastCpuMillis;

  private static double compileReplay(
      List<Path> sources, Path captured, List<Path> classpath, Path classes, Path generated)
      throws IOException {
    replaySource = captured;
    try {
      return compile(sources, true, classpath, classes, generated);
    } finally {
      replaySource = null;
    }
  }

  private static Path replaySource;

  /** Compiles; returns the wall time of the javac task in milliseconds. */
  static double compile(
      List<Path> sources, boolean processor, List<Path> classpath, Path classes, Path generated)
      throws IOException {
    deleteTree(classes);
    deleteTree(generated);
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:none", "-nowarn"));
    if (!processor) {
      options.add("-proc:none");
    }
    long start = System.nanoTime();
    long cpuStart = OS.getProcessCpuTime();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      TimedProcessor timed = null;
      if (processor) {
        timed = new TimedProcessor(replaySource == null ? new TracedProcessor() : new ReplayProcessor(replaySource));
        task.setProcessors(List.of(timed));
      }
      ok = task.call();
      lastProcessorMillis = timed == null ? 0 : timed.millis();
    }
    double millis = (System.nanoTime() - start) / 1e6;
    lastCpuMillis = (OS.getProcessCpuTime() - cpuStart) / 1e6;
    if (!ok) {
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR && errors.length() < 4000) {
          errors.append(d).append('\n');
        }
      }
      throw new IllegalStateException("compilation failed:\n" + errors);
    }
    return millis;
  }

  private static List<Path> classpath(Path dir) {
    List<Path> jars = new ArrayList<>();
    for (String name :
        List.of("tracepoet-annotations.jar", "tracepoet-runtime.jar", "opentelemetry-api.jar", "opentelemetry-context.jar")) {
      Path jar = dir.resolve(name);
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar + " is missing: build with `mvn -B package` first (maven-dependency-plugin copies it)"
                + " and run from the repository root, or pass --classpath-dir");
      }
      jars.add(jar);
    }
    return jars;
  }

  private static List<Path> copyTree(Path from, Path to) throws IOException {
    List<Path> copied = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
        copied.add(target);
      }
    }
    return copied;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String format(List<Double> values) {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).collect(Collectors.joining(" "));
  }
}
