package dev.tracepoet.it.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracepoet.it.secrets.VendorApi.VendorRequest;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zero raw secrets in any exported attribute, status or event of a generated wrapper's spans. */
class SecretMaskingTest {
  static final List<String> RAW = List.of(
      "sk-proj-PRIMARY0000aaaa", "SECONDARY-key-1111bbbb", "header-key-2222cccc", "x-key-3333dddd",
      "bearer-token-4444eeee", "opt-token-5555ffff", "sk-live-OPTION6666gggg");

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
      .build();

  @AfterEach
  void close() {
    otel.close();
  }

  static VendorRequest request() {
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("primary", RAW.get(0));
    credentials.put("secondary", RAW.get(1));
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("api_key", RAW.get(2));
    headers.put("x-api-key", RAW.get(3));
    headers.put("Authorization", "Bearer " + RAW.get(4));
    headers.put("content-type", "application/json");
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("token", RAW.get(5));
    options.put("fallback", RAW.get(6));
    options.put("max_tokens", 64);
    return new VendorRequest("model-a", credentials, headers, options);
  }

  @Test
  void mapTagsRecordNoRawSecret() {
    VendorApi traced = TracedVendorApi.wrap(request -> "ok", otel, TracingSettings.defaults());
    assertEquals("ok", traced.complete(request()));

    SpanData span = onlySpan();
    var a = span.getAttributes();
    assertEquals("sk-...aaaa", a.get(AttributeKey.stringKey("vendor.request.vendor_api_key.primary")));
    assertEquals("sk-...bbbb", a.get(AttributeKey.stringKey("vendor.request.vendor_api_key.secondary")));
    assertEquals("sk-...cccc", a.get(AttributeKey.stringKey("vendor.request.headers.api_key")));
    assertEquals("sk-...dddd", a.get(AttributeKey.stringKey("vendor.request.headers.x-api-key")));
    assertEquals("Bearer ...eeee", a.get(AttributeKey.stringKey("vendor.request.headers.Authorization")));
    assertEquals("application/json", a.get(AttributeKey.stringKey("vendor.request.headers.content-type")));
    assertEquals("sk-...ffff", a.get(AttributeKey.stringKey("vendor.request.options.token")));
    assertEquals("sk-...gggg", a.get(AttributeKey.stringKey("vendor.request.options.fallback")));
    assertEquals(64L, a.get(AttributeKey.longKey("vendor.request.options.max_tokens")));
    assertNoRawSecret(span);
  }

  @Test
  void errorsRecordNoRawSecret() {
    VendorApi traced = TracedVendorApi.wrap(request -> {
      throw new IllegalStateException("401 for key " + RAW.get(0) + " with Bearer " + RAW.get(4));
    }, otel, TracingSettings.defaults());
    assertThrows(IllegalStateException.class, () -> traced.complete(request()));

    SpanData span = onlySpan();
    assertEquals("401 for key sk-...aaaa with Bearer ...eeee", span.getStatus().getDescription());
    assertNoRawSecret(span);
  }

  private SpanData onlySpan() {
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(1, spans.size(), spans::toString);
    return spans.get(0);
  }

  /** Every attribute, the status and every event attribute, with at least one of each checked. */
  private static void assertNoRawSecret(SpanData span) {
    StringBuilder exported = new StringBuilder(span.getStatus().getDescription());
    span.getAttributes().forEach((k, v) -> exported.append('\n').append(k).append('=').append(v));
    span.getEvents().forEach(e -> e.getAttributes().forEach((k, v) -> exported.append('\n').append(k).append('=').append(v)));
    assertFalse(span.getAttributes().isEmpty());
    for (String raw : RAW) {
      String secretPart = raw.substring(0, raw.length() - 4);
      assertFalse(exported.toString().contains(secretPart), () -> "leaks " + raw + ":\n" + exported);
    }
  }
}
