package dev.tracepoet.benchmarks.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientImpl;
import com.anthropic.core.ClientOptions;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.anthropic.AnthropicTracing;
import dev.tracepoet.benchmarks.otel.OtelMode;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The official Anthropic SDK ({@code anthropic-java-core}) over {@link CannedAnthropicHttp} (no
 * sockets): {@code messages().create} and {@code createStreaming} untraced and through {@code
 * AnthropicTracing.wrap}, in the SDK mode of {@link OtelMode} (always-on sampler, batch processor,
 * discarding exporter). There is no third variant: OpenTelemetry ships no instrumentation of the
 * Anthropic Java SDK (the OpenAI benchmark's peer has no Anthropic counterpart). {@link
 * AnthropicSameWork} checks before the run that the caller gets the same results and that the
 * traced variant makes exactly one CLIENT span per call.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AnthropicSdkBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AnthropicSdkBenchmark {
  /** Who traces the client. */
  public enum Tracing {
    untraced,
    tracepoet
  }

  @Param Tracing tracing;

  private OtelMode.Setup otel;
  private AnthropicClient messageClient;
  private AnthropicClient streamClient;
  private MessageCreateParams params;

  @Setup(Level.Trial)
  public void setUp() {
    List<String> problems = AnthropicSameWork.verify(tracing, new ArrayList<>());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(tracing + " does not do the expected work: " + problems);
    }
    otel = OtelMode.sdk.start();
    messageClient = traced(tracing, jsonClient(), otel.openTelemetry());
    streamClient = traced(tracing, streamClient(), otel.openTelemetry());
    params = params();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    otel.close();
  }

  @Benchmark
  public Message create() {
    return messageClient.messages().create(params);
  }

  @Benchmark
  public void createStreaming(Blackhole blackhole) {
    try (StreamResponse<RawMessageStreamEvent> response = streamClient.messages().createStreaming(params)) {
      response.stream().forEach(blackhole::consume);
    }
  }

  /** The request of every call: a model, a system prompt, one user message, two sampling parameters. */
  static MessageCreateParams params() {
    return MessageCreateParams.builder()
        .model("claude-sonnet-4-5")
        .maxTokens(64)
        .system("Answer in one sentence.")
        .addUserMessage("When does a span end?")
        .temperature(0.2)
        .build();
  }

  /** A client answering {@code message.json}. */
  static AnthropicClient jsonClient() {
    return client(new CannedAnthropicHttp(resource("message.json"), "application/json"));
  }

  /** A client answering the 15-event {@code message.sse}. */
  static AnthropicClient streamClient() {
    return client(new CannedAnthropicHttp(resource("message.sse"), "text/event-stream"));
  }

  /** An SDK client whose transport is {@code http}; no retries, so that a call is one request. */
  private static AnthropicClient client(CannedAnthropicHttp http) {
    return new AnthropicClientImpl(
        ClientOptions.builder()
            .httpClient(http)
            .putHeader("x-api-key", "sk-ant-benchmark-not-a-real-key")
            .maxRetries(0)
            .build());
  }

  static AnthropicClient traced(Tracing tracing, AnthropicClient client, OpenTelemetry openTelemetry) {
    return tracing == Tracing.tracepoet ? AnthropicTracing.wrap(client, openTelemetry) : client;
  }

  static String resource(String name) {
    try (InputStream in = AnthropicSdkBenchmark.class.getResourceAsStream("/anthropic/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource /anthropic/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
