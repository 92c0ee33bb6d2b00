package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.openai.client.OpenAIClient;
import com.openai.models.responses.inputitems.InputItemListPage;
import com.openai.models.responses.inputitems.InputItemListPageAsync;
import com.openai.models.responses.inputitems.InputItemListParams;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

/** {@code responses().inputItems().list(...)}, sync and async: one plain span each (both SDK versions). */
class ResponsesInputItemsTest extends ContentFixtureTest {

  private void assertListSpan(SpanData span) {
    assertEquals("responses.input_items.list", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals("resp_68a1f0c2d4e6b8a0", span.getAttributes().get(AttributeKey.stringKey("openai.request.response_id")));
    assertEquals(2L, span.getAttributes().get(AttributeKey.longKey("openai.request.limit")));
    assertEquals("desc", span.getAttributes().get(AttributeKey.stringKey("openai.request.order")));
    assertEquals(2L, span.getAttributes().get(AttributeKey.longKey("openai.response.count")));
    assertEquals(false, span.getAttributes().get(AttributeKey.booleanKey("openai.response.has_more")));
    assertNull(span.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name")));
    assertNull(span.getAttributes().get(INPUT), "listing stored items records no content, even with capture on");
    assertEquals("/responses/resp_68a1f0c2d4e6b8a0/input_items", server.last().path());
  }

  private static InputItemListParams params() {
    return InputItemListParams.builder().limit(2L).order(InputItemListParams.Order.DESC).build();
  }

  @Test
  void listIsOneSpan() {
    OpenAIClient traced = capturing();
    InputItemListPage page = traced.responses().inputItems().list("resp_68a1f0c2d4e6b8a0", params());
    assertEquals(2, page.data().size());
    assertListSpan(onlySpan());
  }

  @Test
  void asyncListIsOneSpan() throws Exception {
    OpenAIClient traced = traced(TracingSettings.builder().captureContent(true));
    InputItemListPageAsync page = traced.async().responses().inputItems().list("resp_68a1f0c2d4e6b8a0", params()).get();
    assertEquals(2, page.data().size());
    assertListSpan(onlySpan());
  }
}
