package dev.tracepoet.runtime;

import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/**
 * The metric instruments of one client, created once. Internal (package-private).
 *
 * <p>Bucket boundaries follow the OpenTelemetry GenAI semantic conventions for {@code
 * gen_ai.client.operation.duration} and {@code gen_ai.client.token.usage}.
 */
final class ClientMetrics {
  static final String DURATION = "tracepoet.client.operation.duration";
  static final String TOKEN_USAGE = "tracepoet.client.token.usage";
  static final String ERRORS = "tracepoet.client.errors";

  static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  static final List<Long> TOKEN_BUCKETS =
      List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L, 262144L, 1048576L, 4194304L,
          16777216L, 67108864L);

  static final String GEN_AI_DURATION = "gen_ai.client.operation.duration";
  static final String GEN_AI_TOKEN_USAGE = "gen_ai.client.token.usage";

  final DoubleHistogram duration;
  final LongHistogram tokens;
  final LongCounter errors;
  /** GenAI semantic-convention instruments; null unless the client has a GenAI provider. */
  final DoubleHistogram genAiDuration;
  final LongHistogram genAiTokens;

  ClientMetrics(Meter meter, boolean genAi) {
    if (genAi) {
      this.genAiDuration =
          meter
              .histogramBuilder(GEN_AI_DURATION)
              .setUnit("s")
              .setDescription("GenAI operation duration")
              .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
              .build();
      this.genAiTokens =
          meter
              .histogramBuilder(GEN_AI_TOKEN_USAGE)
              .ofLongs()
              .setUnit("{token}")
              .setDescription("Number of input and output tokens used")
              .setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS)
              .build();
    } else {
      this.genAiDuration = null;
      this.genAiTokens = null;
    }
    this.duration =
        meter
            .histogramBuilder(DURATION)
            .setUnit("s")
            .setDescription("Duration of traced client operations, until the response completed")
            .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
            .build();
    this.tokens =
        meter
            .histogramBuilder(TOKEN_USAGE)
            .ofLongs()
            .setUnit("{token}")
            .setDescription("Tokens used by traced client operations, by gen_ai.token.type")
            .setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS)
            .build();
    this.errors =
        meter
            .counterBuilder(ERRORS)
            .setUnit("{error}")
            .setDescription("Traced client operations that failed, by error.type")
            .build();
  }
}
