package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.ResponsesModel;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The untraced SDK's Responses API against the fixtures. */
class ResponsesBaselineTest extends OpenAiFixtureTest {

  // 4.105.0 deprecates these model constants and seed(); users still send them, so do the fixtures
  @SuppressWarnings("deprecation")
  static ResponseCreateParams params() {
    return ResponseCreateParams.builder()
        .model(ChatModel.GPT_4_1_MINI)
        .instructions("Answer in one sentence.")
        .input("What is a span?")
        .temperature(0.2)
        .maxOutputTokens(256L)
        .build();
  }

  static String modelName(ResponsesModel model) {
    return model.string()
        .or(() -> model.chat().map(ChatModel::asString))
        .or(() -> model.only().map(ResponsesModel.ResponsesOnlyModel::asString))
        .orElseThrow();
  }

  @Test
  void createParsesTheResponseWithUsageDetails() {
    Response response = client.responses().create(params()).validate();
    assertEquals("resp_68a1f0c2d4e6b8a0", response.id());
    // a known model name is parsed as the ChatModel alternative of the ResponsesModel union, not
    // as its string alternative: a view must read model.string|model.chat|model.only
    assertTrue(response.model().isChat());
    assertEquals("gpt-4.1-mini-2025-04-14", modelName(response.model()));
    assertEquals("completed", response.status().orElseThrow().asString());
    assertEquals(
        "A span is one timed operation.",
        response.output().get(0).asMessage().content().get(0).asOutputText().text());
    ResponseUsage usage = response.usage().orElseThrow();
    assertEquals(36, usage.inputTokens());
    assertEquals(19, usage.outputTokens());
    assertEquals(12, usage.inputTokensDetails().cachedTokens());
    assertEquals(6, usage.outputTokensDetails().reasoningTokens());
    assertTrue(server.last().body().contains("\"instructions\":\"Answer in one sentence.\""));
  }

  @Test
  void aModelGivenAsAStringIsSentAsIs() {
    client.responses().create(params().toBuilder().model("ft:gpt-4.1-mini:acme::r2").build());
    assertTrue(server.last().body().contains("\"model\":\"ft:gpt-4.1-mini:acme::r2\""), server.last().body());
  }

  @Test
  void createStreamingDeliversTheEventsInOrder() {
    List<ResponseStreamEvent> events;
    try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(params())) {
      events = stream.stream().map(ResponseStreamEvent::validate).collect(Collectors.toList());
    }
    assertEquals(10, events.size());
    assertTrue(events.get(0).isCreated());
    assertTrue(events.get(1).isInProgress());
    String text =
        events.stream()
            .flatMap(e -> e.outputTextDelta().stream())
            .map(d -> d.delta())
            .collect(Collectors.joining());
    assertEquals("A span is one timed operation.", text);
    Response completed = events.get(9).asCompleted().response();
    assertEquals(55, completed.usage().orElseThrow().totalTokens());
    assertEquals(12, completed.usage().orElseThrow().inputTokensDetails().cachedTokens());
  }

  @Test
  void retrieveAndAsyncCreate() throws Exception {
    assertEquals("resp_68a1f0c2d4e6b8a0", client.responses().retrieve("resp_68a1f0c2d4e6b8a0").id());
    assertEquals("GET /responses/resp_68a1f0c2d4e6b8a0", server.last().method() + " " + server.last().path());
    Response async = client.async().responses().create(params()).get(10, TimeUnit.SECONDS);
    assertEquals(1, async.output().size());
  }
}
