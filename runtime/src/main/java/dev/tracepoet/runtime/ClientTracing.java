package dev.tracepoet.runtime;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Tracer;
import dev.tracepoet.runtime.internal.Failures;
import java.util.Objects;

/**
 * The tracing state of one wrapped client: its tracer, metric instruments, integration namespace
 * and settings. Created once per generated wrapper; each endpoint hook gets an {@link Endpoint}
 * from it.
 */
public final class ClientTracing {
  /** The instrumentation scope name of every tracer and meter tracepoet creates. */
  public static final String INSTRUMENTATION_NAME = "dev.tracepoet";

  private final Tracer tracer;
  private final ClientMetrics metrics;
  private final String integration;
  private final String genAiProvider;
  private final TracingSettings settings;
  private final boolean disabled;
  private final Logger logger;

  private ClientTracing(
      Tracer tracer,
      ClientMetrics metrics,
      String integration,
      String genAiProvider,
      TracingSettings settings,
      boolean disabled,
      Logger logger) {
    this.logger = logger;
    this.disabled = disabled;
    this.tracer = tracer;
    this.metrics = metrics;
    this.integration = integration;
    this.genAiProvider = genAiProvider;
    this.settings = settings;
  }

  /**
   * Tracing for a client of the given integration (the attribute namespace, e.g. {@code "openai"}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static ClientTracing create(
      OpenTelemetry openTelemetry, String integration, TracingSettings settings) {
    return create(openTelemetry, integration, null, settings);
  }

  /**
   * Tracing for a client that also follows the OpenTelemetry GenAI semantic conventions, with
   * {@code genAiProvider} as {@code gen_ai.provider.name} (null or empty: plain conventions only).
   *
   * @throws NullPointerException if {@code openTelemetry}, {@code integration} or {@code settings}
   *     is null
   */
  public static ClientTracing create(
      OpenTelemetry openTelemetry, String integration, String genAiProvider, TracingSettings settings) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(settings, "settings");
    String provider = genAiProvider == null || genAiProvider.isEmpty() ? null : genAiProvider;
    Tracer tracer;
    try {
      tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
    } catch (Throwable t) {
      // A broken OpenTelemetry must not break the client: trace nothing, say so once.
      Failures.warnOnce("tracer", "could not get a tracer; " + integration + " calls are not traced", t);
      tracer = OpenTelemetry.noop().getTracer(INSTRUMENTATION_NAME);
    }
    ClientMetrics metrics = null;
    if (settings.metricsEnabled()) {
      try {
        Meter meter = openTelemetry.getMeter(INSTRUMENTATION_NAME);
        // A no-op meter (no OpenTelemetry, or an SDK without metric readers) records nothing:
        // don't pay for clocks and attributes on every call.
        if (meter != MeterProvider.noop().get(INSTRUMENTATION_NAME)) {
          metrics = new ClientMetrics(meter, provider != null);
        }
      } catch (Throwable t) {
        Failures.warnOnce("meter", "could not create metrics; " + integration + " calls are not measured", t);
      }
    }
    boolean noTracer = tracer == OpenTelemetry.noop().getTracer(INSTRUMENTATION_NAME);
    boolean disabled = noTracer && metrics == null;
    try {
      SettingsReport.log(openTelemetry, integration, provider, settings, !noTracer, metrics != null);
    } catch (Throwable t) {
      // Logging the settings must not break the client either.
    }
    Logger logger = null;
    if (provider != null && settings.captureContent() && settings.genAi().contentDestination().toEvent()) {
      try {
        logger = openTelemetry.getLogsBridge().get(INSTRUMENTATION_NAME);
      } catch (Throwable t) {
        Failures.warnOnce("logger", "could not get a logger; " + integration + " content events are not emitted", t);
      }
    }
    return new ClientTracing(tracer, metrics, integration, provider, settings, disabled, logger);
  }

  /** The description of one endpoint of this client; empty path/method are not recorded. */
  public Endpoint endpoint(String defaultName, String path, String method) {
    return new Endpoint(this, defaultName, path, method);
  }

  /** The tracer spans are started with. */
  public Tracer tracer() {
    return tracer;
  }

  /** The attribute namespace, e.g. {@code openai}. */
  public String integration() {
    return integration;
  }

  /** The GenAI provider ({@code gen_ai.provider.name}), or null when GenAI conventions are off. */
  public String genAiProvider() {
    return genAiProvider;
  }

  /** The settings of this client. */
  public TracingSettings settings() {
    return settings;
  }

  /**
   * Whether nothing this client records can be observed: a no-op tracer (no OpenTelemetry SDK
   * installed) and no metrics. Generated hooks without user logic then call the delegate directly.
   */
  public boolean disabled() {
    return disabled;
  }

  /** The logger of content events, or null when they are not emitted. */
  Logger logger() {
    return logger;
  }

  /** The instruments, or null when metrics are disabled. */
  ClientMetrics metrics() {
    return metrics;
  }
}
