package dev.tracepoet.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * (f) with the agent present but recording nothing: the always-off sampler. The agent cannot run
 * with {@code OpenTelemetry.noop()}; {@code otel.sdk.disabled=true} is no substitute, since in 2.31.1
 * it leaves an SDK that still samples and records every span (only without processors), which the
 * same-work check detects. With always-off, {@code @WithSpan} still runs its advice and starts a
 * non-recording span, which is what "no-op" costs under the agent.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms1g",
      "-Xmx1g",
      AgentBenchmark.AGENT,
      AgentBenchmark.EXTENSION,
      "-Dotel.service.name=tracepoet-benchmarks",
      "-Dotel.traces.sampler=always_off",
      "-Dotel.traces.exporter=tracepoet-discard",
      "-Dotel.metrics.exporter=none",
      "-Dotel.logs.exporter=none",
      "-Dotel.javaagent.add-thread-details=false",
      "-Dtracepoet.bench.agentRecording=false"
    })
public class AgentNoopBenchmark extends AgentBenchmark {}
