package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@link StreamedOutput}: merging, bounds and the JSON, parsed with Jackson. */
class StreamedOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode parse(StreamedOutput output) throws Exception {
    return JSON.readTree(output.toMessages().toJson());
  }

  @Test
  void textDeltasToolCallFragmentsAndFinishReasonsBecomeOneMessagePerChoiceInChoiceOrder() throws Exception {
    StreamedOutput output = StreamedOutput.create(GenAiSettings.defaults());
    assertTrue(output.isEmpty());
    output.text(1, "Second ");
    output.role(0, "assistant");
    output.text(0, "Hel");
    output.toolCall(0, 1, "call_b", "time", "{}");
    output.text(0, "lo \"you\"\n");
    output.toolCall(0, 0, "call_a", "weather", "{\"ci");
    output.toolCall(0, 0, null, null, "ty\":");
    output.toolCall(0, 0, "ignored_id", "ignored_name", "\"Paris\"}");
    output.text(1, "choice");
    output.finishReason(1, "length");
    output.finishReason(0, "tool_calls");
    assertFalse(output.isEmpty());

    JsonNode messages = parse(output);
    assertEquals(2, messages.size());
    JsonNode first = messages.get(0);
    assertEquals("assistant", first.get("role").asText());
    assertEquals("tool_calls", first.get("finish_reason").asText());
    JsonNode parts = first.get("parts");
    assertEquals(3, parts.size());
    assertEquals("text", parts.get(0).get("type").asText());
    assertEquals("Hello \"you\"\n", parts.get(0).get("content").asText());
    assertNull(parts.get(0).get("truncated"));
    JsonNode weather = parts.get(1);
    assertEquals("tool_call", weather.get("type").asText());
    assertEquals("call_a", weather.get("id").asText());
    assertEquals("weather", weather.get("name").asText());
    assertEquals("{\"city\":\"Paris\"}", weather.get("arguments").asText());
    assertEquals("{\"city\":\"Paris\"}", JSON.writeValueAsString(JSON.readTree(weather.get("arguments").asText())));
    assertEquals("call_b", parts.get(2).get("id").asText());
    assertEquals("time", parts.get(2).get("name").asText());
    JsonNode second = messages.get(1);
    assertEquals("assistant", second.get("role").asText());
    assertEquals("length", second.get("finish_reason").asText());
    assertEquals("Second choice", second.get("parts").get(0).get("content").asText());
  }

  @Test
  void idAndNameComeFromTheFirstFragmentThatHasThem() throws Exception {
    StreamedOutput output = StreamedOutput.create(GenAiSettings.defaults());
    output.toolCall(0, 0, null, null, "{\"a\"");
    output.toolCall(0, 0, "call_1", null, ":1");
    output.toolCall(0, 0, "call_2", "sum", "}");
    output.toolCall(0, 0, null, "other", null);
    JsonNode call = parse(output).get(0).get("parts").get(0);
    assertEquals("call_1", call.get("id").asText());
    assertEquals("sum", call.get("name").asText());
    assertEquals("{\"a\":1}", call.get("arguments").asText());
    assertNull(parse(output).get(0).get("finish_reason"));
  }

  @Test
  void aLongStreamIsKeptUpToTheLimitAndMarkedTruncated() throws Exception {
    GenAiSettings settings = GenAiSettings.builder().contentPartLimit(1000).build();
    StreamedOutput output = StreamedOutput.create(settings);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      String delta = "tok" + (i % 10) + " ";
      output.text(0, delta);
      output.toolCall(0, 0, i == 0 ? "c" : null, i == 0 ? "f" : null, delta);
      if (expected.length() < 1000) {
        expected.append(delta);
      }
    }
    output.finishReason(0, "length");
    JsonNode parts = parse(output).get(0).get("parts");
    assertEquals(expected.substring(0, 1000), parts.get(0).get("content").asText());
    assertTrue(parts.get(0).get("truncated").asBoolean());
    assertEquals(expected.substring(0, 1000), parts.get(1).get("arguments").asText());
    assertTrue(parts.get(1).get("truncated").asBoolean());
  }

  @Test
  void theRedactorSeesTextAcrossTheLimitAndTruncationStillShows() throws Exception {
    GenAiSettings settings = GenAiSettings.builder()
        .contentPartLimit(10)
        .redactor(text -> text.replaceAll("sk-[a-z]+", "[key]"))
        .build();
    StreamedOutput output = StreamedOutput.create(settings);
    output.text(0, "12345678 sk-");
    output.text(0, "abcdefghij");
    JsonNode part = parse(output).get(0).get("parts").get(0);
    assertEquals("12345678 [", part.get("content").asText());
    assertTrue(part.get("truncated").asBoolean());

    StreamedOutput dropped = StreamedOutput.create(settings);
    dropped.text(0, "x".repeat(10 + StreamedOutput.REDACTION_MARGIN));
    dropped.text(0, "more");
    JsonNode cut = parse(dropped).get(0).get("parts").get(0);
    assertEquals("xxxxxxxxxx", cut.get("content").asText());
    assertTrue(cut.get("truncated").asBoolean());
  }

  @Test
  void exactlyAtTheLimitIsNotTruncatedAndSurrogatePairsAreNotSplit() throws Exception {
    GenAiSettings settings = GenAiSettings.builder().contentPartLimit(4).build();
    StreamedOutput exact = StreamedOutput.create(settings);
    exact.text(0, "ab");
    exact.text(0, "cd");
    JsonNode part = parse(exact).get(0).get("parts").get(0);
    assertEquals("abcd", part.get("content").asText());
    assertNull(part.get("truncated"));

    StreamedOutput emoji = StreamedOutput.create(settings);
    emoji.text(0, "abc\uD83D\uDE00def");
    JsonNode cut = parse(emoji).get(0).get("parts").get(0);
    assertEquals("abc", cut.get("content").asText());
    assertTrue(cut.get("truncated").asBoolean());
  }

  @Test
  void oddInputIsIgnoredAndChoicesAreBounded() throws Exception {
    StreamedOutput output = StreamedOutput.create(null);
    output.text(-1, "negative");
    output.toolCall(0, -1, "x", "y", "z");
    output.text(0, null);
    output.role(0, null);
    output.finishReason(0, null);
    JsonNode messages = parse(output);
    assertEquals(1, messages.size());
    assertEquals("assistant", messages.get(0).get("role").asText());
    assertEquals(0, messages.get(0).get("parts").size());

    StreamedOutput many = StreamedOutput.create(GenAiSettings.defaults());
    for (int i = 0; i < StreamedOutput.MAX_CHOICES + 10; i++) {
      many.text(i, "c" + i);
      for (int t = 0; t < StreamedOutput.MAX_TOOL_CALLS + 5; t++) {
        many.toolCall(i, t, "id" + t, "f", "{}");
      }
    }
    JsonNode all = parse(many);
    assertEquals(StreamedOutput.MAX_CHOICES, all.size());
    assertEquals(1 + StreamedOutput.MAX_TOOL_CALLS, all.get(0).get("parts").size());
    assertEquals("c" + (StreamedOutput.MAX_CHOICES - 1), all.get(StreamedOutput.MAX_CHOICES - 1)
        .get("parts").get(0).get("content").asText());
  }

  @Test
  void aRoleOtherThanAssistantIsKept() throws Exception {
    StreamedOutput output = StreamedOutput.create(GenAiSettings.defaults());
    output.role(0, "model");
    output.text(0, "hi");
    assertEquals("model", parse(output).get(0).get("role").asText());
    assertEquals(output.toMessages().toJson(), output.toMessages().toJson());
  }
}
