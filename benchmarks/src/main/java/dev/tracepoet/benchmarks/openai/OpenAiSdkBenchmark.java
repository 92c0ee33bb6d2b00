package dev.tracepoet.benchmarks.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.tracepoet.benchmarks.otel.OtelMode;
import dev.tracepoet.openai.OpenAiTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.openai.v1_1.OpenAITelemetry;
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
 * The official OpenAI SDK over a canned {@link CannedHttpClient} (no sockets): the same chat calls
 * untraced, through {@code OpenAiTracing.wrap}, and through OpenTelemetry's own openai-java
 * instrumentation ({@code OpenAITelemetry.create(otel).wrap(client)}), in the SDK mode of {@link
 * OtelMode} (always-on sampler, batch processor, discarding exporter). {@link OpenAiSameWork} checks
 * before the run that both traced variants make exactly one span per call.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OpenAiSdkBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OpenAiSdkBenchmark {
  /** Who traces the client. */
  public enum Tracing {
    untraced,
    tracepoet,
    opentelemetry
  }

  @Param Tracing tracing;

  private OtelMode.Setup otel;
  private OpenAIClient chatClient;
  private OpenAIClient streamClient;
  private ChatCompletionCreateParams params;

  @Setup(Level.Trial)
  public void setUp() {
    List<String> problems = OpenAiSameWork.verify(tracing, new ArrayList<>());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(tracing + " does not do the expected work: " + problems);
    }
    otel = OtelMode.sdk.start();
    chatClient = traced(tracing, client(CannedHttpClient.json(resource("chat.json"))), otel.openTelemetry());
    streamClient = traced(tracing, client(CannedHttpClient.events(resource("chat.sse"))), otel.openTelemetry());
    params = params();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    otel.close();
  }

  @Benchmark
  public ChatCompletion chat() {
    return chatClient.chat().completions().create(params);
  }

  @Benchmark
  public void chatStreaming(Blackhole blackhole) {
    try (StreamResponse<ChatCompletionChunk> response =
        streamClient.chat().completions().createStreaming(params)) {
      response.stream().forEach(blackhole::consume);
    }
  }

  /** The request of every call: a model, two messages, two sampling parameters. */
  static ChatCompletionCreateParams params() {
    return ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O_MINI)
        .addSystemMessage("Answer in one sentence.")
        .addUserMessage("When does a span end?")
        .temperature(0.2)
        .maxCompletionTokens(64)
        .build();
  }

  /** An SDK client whose HTTP layer is {@code http}; no retries, so that a call is one request. */
  static OpenAIClient client(CannedHttpClient http) {
    return new OpenAIClientImpl(
        ClientOptions.builder()
            .httpClient(http)
            .apiKey("sk-benchmark-not-a-real-key")
            .maxRetries(0)
            .build());
  }

  static OpenAIClient traced(Tracing tracing, OpenAIClient client, OpenTelemetry openTelemetry) {
    switch (tracing) {
      case untraced:
        return client;
      case tracepoet:
        return OpenAiTracing.wrap(client, openTelemetry);
      case opentelemetry:
        return OpenAITelemetry.create(openTelemetry).wrap(client);
      default:
        throw new IllegalArgumentException(tracing.name());
    }
  }

  static String resource(String name) {
    try (InputStream in = OpenAiSdkBenchmark.class.getResourceAsStream("/openai/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource /openai/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
