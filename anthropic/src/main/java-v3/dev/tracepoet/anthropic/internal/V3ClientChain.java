package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.OpenTelemetry;

/** The 3.x client view chain's entry, created by {@link ClientViews} when the SDK is 3.x. */
public final class V3ClientChain implements ClientViews.ClientChain {

  /** Created by {@link ClientViews}, by name. */
  public V3ClientChain() {}

  @Override
  public AnthropicClient wrap(AnthropicClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
    return TracedAnthropicClientV3View.wrap(client, openTelemetry, settings);
  }

  @Override
  public AnthropicClientAsync wrap(AnthropicClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
    return TracedAnthropicClientAsyncV3View.wrap(client, openTelemetry, settings);
  }
}
