package dev.tracepoet.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * (f) with the agent configured like the SDK mode: always-on sampler, the agent's default batch
 * span processor, and a discarding exporter (the {@code tracepoet-discard} extension); metrics and
 * logs off, as in the SDK mode, where they have no reader or processor. The agent's default span
 * processor that adds {@code thread.id}/{@code thread.name} to every span is switched off, so that
 * (f) records exactly the attributes of the other variants (the same-work check fails otherwise).
 */
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms1g",
      "-Xmx1g",
      AgentBenchmark.AGENT,
      AgentBenchmark.EXTENSION,
      "-Dotel.service.name=tracepoet-benchmarks",
      "-Dotel.traces.sampler=always_on",
      "-Dotel.traces.exporter=tracepoet-discard",
      "-Dotel.metrics.exporter=none",
      "-Dotel.logs.exporter=none",
      "-Dotel.javaagent.add-thread-details=false",
      "-Dtracepoet.bench.agentRecording=true"
    })
public class AgentSdkBenchmark extends AgentBenchmark {}
