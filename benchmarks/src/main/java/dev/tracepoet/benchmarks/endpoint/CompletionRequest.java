package dev.tracepoet.benchmarks.endpoint;

import java.util.Optional;

/** The request body; {@code model}, {@code maxTokens} and {@code temperature} are tagged. */
public record CompletionRequest(
    String model, String prompt, Optional<Integer> maxTokens, Double temperature, String user) {}
