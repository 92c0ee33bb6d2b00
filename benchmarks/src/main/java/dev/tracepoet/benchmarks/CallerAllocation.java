package dev.tracepoet.benchmarks;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.Fixtures;
import dev.tracepoet.benchmarks.otel.OtelMode;
import dev.tracepoet.benchmarks.tokens.Corpus;
import dev.tracepoet.benchmarks.variants.Variant;
import dev.tracepoet.runtime.Tokens;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes allocated per call <em>by the calling thread</em>, exactly: JMH's {@code
 * gc.alloc.rate.norm} counts every thread, so in SDK mode it also charges each call a share of the
 * batch span processor's worker (converting and batching the spans it exports), and that share
 * depends on how many spans a variant produced faster than the worker exported them (the rest are
 * dropped). This harness reads {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes} for
 * the calling thread around batches of calls, after a warm-up long enough for C2 and its escape
 * analysis; each configuration runs in a fresh JVM, like a JMH fork.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.tracepoet.benchmarks.CallerAllocation}; prints a
 * Markdown table.
 */
public final class CallerAllocation {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private CallerAllocation() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      child(args[1], args[2]);
      return;
    }
    List<String[]> configurations = new ArrayList<>();
    for (String path : new String[] {"success", "error"}) {
      for (Variant variant : Variant.values()) {
        if (variant == Variant.f_agentWithSpan || variant == Variant.a_direct) {
          continue;
        }
        for (OtelMode mode : OtelMode.values()) {
          configurations.add(new String[] {path, variant + ":" + mode});
        }
      }
    }
    for (Corpus part : Corpus.values()) {
      configurations.add(new String[] {"estimate", part.name()});
    }
    System.out.println("| path | configuration | caller-thread B/op (min … max over 5 batches) |");
    System.out.println("|---|---|---:|");
    for (String[] configuration : configurations) {
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(List.of("-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path")));
      command.addAll(List.of(CallerAllocation.class.getName(), "--child", configuration[0], configuration[1]));
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", configuration) + " failed: " + output);
      }
      System.out.println("| " + configuration[0] + " | " + configuration[1] + " | " + output + " |");
    }
  }

  private static void child(String path, String configuration) throws Exception {
    long tid = Thread.currentThread().getId();
    if (path.equals("estimate")) {
      String text = Corpus.valueOf(configuration).text();
      Runnable op = () -> sink += Tokens.estimate(text);
      report(measure(op, tid, 2_000, 200));
      return;
    }
    String[] parts = configuration.split(":");
    Variant variant = Variant.valueOf(parts[0]);
    try (OtelMode.Setup setup = OtelMode.valueOf(parts[1]).start()) {
      CompletionRequest request = Fixtures.request();
      Runnable op;
      if (path.equals("success")) {
        CompletionApi api = variant.wrap(Fixtures.succeeding(Fixtures.response()), setup.openTelemetry());
        op =
            () -> {
              try {
                sink += api.complete(request).hashCode();
              } catch (ApiException e) {
                throw new AssertionError(e);
              }
            };
      } else {
        CompletionApi api = variant.wrap(Fixtures.failing(Fixtures.failure()), setup.openTelemetry());
        op =
            () -> {
              try {
                api.complete(request);
              } catch (ApiException expected) {
                sink += expected.hashCode();
              }
            };
      }
      report(measure(op, tid, 400_000, 100_000));
    }
  }

  static volatile long sink;

  private static double[] measure(Runnable op, long tid, int warmup, int batch) {
    for (int round = 0; round < 10; round++) {
      for (int i = 0; i < warmup; i++) {
        op.run();
      }
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int b = 0; b < 5; b++) {
      long before = THREADS.getThreadAllocatedBytes(tid);
      for (int i = 0; i < batch; i++) {
        op.run();
      }
      double perCall = (THREADS.getThreadAllocatedBytes(tid) - before) / (double) batch;
      min = Math.min(min, perCall);
      max = Math.max(max, perCall);
    }
    return new double[] {min, max};
  }

  private static void report(double[] minMax) {
    System.out.printf(Locale.ROOT, "%.1f … %.1f%n", minMax[0], minMax[1]);
  }
}
