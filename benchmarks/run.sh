#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md. Runs from the repository root (it cd's there itself).
#
#   benchmarks/run.sh            the full run (about 45 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh    a smoke run with tiny iteration counts (numbers not meaningful)
#
# Results land in benchmarks/results/: machine.txt, same-work.txt, jmh.csv / jmh.log, tokens.csv / tokens.log,
# caller-allocation.md, tokens-accuracy.md, processor.md, paired.log / paired.md (section 5), stream-endpoint.csv / .log (5c) and report.md (the tables of BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
if [ "${QUICK:-0}" = 1 ]; then
  JMH_ITERATIONS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  TOKENS_ITERATIONS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  SCALING=(--quick)
else
  JMH_ITERATIONS=(-f 2 -wi 3 -w 2s -i 5 -r 2s)
  # Tokens: more, shorter forks, because how C2 compiles the estimate loop differs from fork to fork.
  TOKENS_ITERATIONS=(-f 3 -wi 3 -w 1s -i 4 -r 1s)
  SCALING=()
fi

# 1. Build: the benchmark jar, the Java agent and its extension, javac's class path for item 3.
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -DskipTests -pl benchmarks -am package
fi
mkdir -p "$OUT"

# 2. The machine and the JDK, and the load at the start.
{
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep MemTotal /proc/meminfo || true
  java -version 2>&1
  echo "load at start: $(cat /proc/loadavg)"
} > "$OUT/machine.txt"

# 3. Same work: every variant records the same spans (and b/c the same metrics) before anything is timed.
java -cp "$JAR" dev.tracepoet.benchmarks.check.SameWorkCheck | tee "$OUT/same-work.txt"

# 4. JMH: items 1 (overhead) and 2 (error path); (f) runs in its own forks with the agent. Then item 4 (tokens).
java -jar "$JAR" 'OverheadBenchmark|ErrorPathBenchmark|AgentNoopBenchmark|AgentSdkBenchmark' \
  "${JMH_ITERATIONS[@]}" -prof gc -rf csv -rff "$OUT/jmh.csv" | tee "$OUT/jmh.log"
java -jar "$JAR" 'TokensBenchmark' "${TOKENS_ITERATIONS[@]}" -prof gc -rf csv -rff "$OUT/tokens.csv" | tee "$OUT/tokens.log"
grep -h 'same-work check f_agentWithSpan' "$OUT/jmh.log" | sed 's/^.*same-work/same-work/' | sort -u >> "$OUT/same-work.txt" || true

# 4b. The official OpenAI SDK: untraced vs OpenAiTracing.wrap vs OpenTelemetry's openai-java instrumentation.
java -cp "$JAR" dev.tracepoet.benchmarks.openai.OpenAiSameWork | grep -v 'SettingsReport\|^INFO:' > "$OUT/openai-same-work.txt"
java -jar "$JAR" 'OpenAiSdkBenchmark' -f 1 -wi 8 -w 3s -i 5 -r 2s -prof gc -rf csv -rff "$OUT/openai-jmh.csv" | tee "$OUT/openai-jmh.log"
# The same calls with the three variants interleaved call by call (the time comparison; see BENCHMARKS.md 5).
if [ "${QUICK:-0}" = 1 ]; then PAIRED=(-f 1 -wi 1 -w 1s -i 2 -r 1s); else PAIRED=(-f 3 -wi 5 -w 4s -i 10 -r 3s); fi
java -jar "$JAR" 'OpenAiSdkPairedBenchmark' "${PAIRED[@]}" > "$OUT/paired.log"
java -cp "$JAR" dev.tracepoet.benchmarks.openai.PairedReport "$OUT/paired.log" > "$OUT/paired.md"
# A generated client's Stream endpoint, consumed in bulk and pull by pull (BENCHMARKS.md 5c).
java -jar "$JAR" 'StreamEndpointBenchmark' "${JMH_ITERATIONS[@]}" -prof gc -rf csv -rff "$OUT/stream-endpoint.csv" | tee "$OUT/stream-endpoint.log"
# The official Anthropic SDK: untraced vs AnthropicTracing.wrap (OpenTelemetry has no Anthropic instrumentation).
java -cp "$JAR" dev.tracepoet.benchmarks.anthropic.AnthropicSameWork | grep -v 'SettingsReport\|^INFO:' > "$OUT/anthropic-same-work.txt"
java -jar "$JAR" 'AnthropicSdkBenchmark' -f 1 -wi 8 -w 3s -i 5 -r 2s -prof gc -rf csv -rff "$OUT/anthropic-jmh.csv" | tee "$OUT/anthropic-jmh.log"

# 5. Exact caller-thread allocation per call (JMH's gc.alloc.rate.norm counts all threads).
java -cp "$JAR" dev.tracepoet.benchmarks.CallerAllocation > "$OUT/caller-allocation.md"

# 6. Token estimate accuracy against jtokkit.
java -cp "$JAR" dev.tracepoet.benchmarks.tokens.TokensAccuracy > "$OUT/tokens-accuracy.md"

# 7. Item 3: processor cost and scaling (one JVM per size).
java -cp "$JAR" dev.tracepoet.benchmarks.processor.ProcessorScaling "${SCALING[@]}" > "$OUT/processor.md"

echo "load at end: $(cat /proc/loadavg)" >> "$OUT/machine.txt"
java -cp "$JAR" dev.tracepoet.benchmarks.Report "$OUT" > "$OUT/report.md"
cat "$OUT/report.md"
