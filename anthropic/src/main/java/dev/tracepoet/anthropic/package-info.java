/**
 * The official Anthropic Java SDK traced with OpenTelemetry: {@link dev.tracepoet.anthropic.AnthropicTracing}.
 * Everything in {@code .internal} is generated views, their hooks and adapters, not API.
 */
package dev.tracepoet.anthropic;
