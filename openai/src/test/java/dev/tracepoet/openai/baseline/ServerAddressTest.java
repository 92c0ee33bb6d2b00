package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.openai.internal.ServerAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerAddressTest extends OpenAiFixtureTest {

  @Test
  void parsesBaseUrls() {
    assertEquals(Optional.of(new ServerAddress("api.openai.com", 443)), ServerAddress.parse("https://api.openai.com/v1"));
    assertEquals(
        Optional.of(new ServerAddress("acme.openai.azure.com", 443)),
        ServerAddress.parse("https://acme.openai.azure.com/openai/deployments/gpt-4o"));
    assertEquals(Optional.of(new ServerAddress("localhost", 11434)), ServerAddress.parse("http://localhost:11434/v1"));
    assertEquals(Optional.of(new ServerAddress("llm.internal", 80)), ServerAddress.parse("HTTP://llm.internal/v1"));
    assertEquals(Optional.of(new ServerAddress("::1", 8080)), ServerAddress.parse("http://[::1]:8080/v1"));
    assertEquals(Optional.empty(), ServerAddress.parse(null));
    assertEquals(Optional.empty(), ServerAddress.parse("not a url"));
    assertEquals(Optional.empty(), ServerAddress.parse("/v1"));
    assertEquals(Optional.empty(), ServerAddress.parse("ftp://files.example/v1"));
  }

  @Test
  void readsTheBaseUrlOfARealClientWithoutSendingARequest() {
    Optional<ServerAddress> expected = Optional.of(new ServerAddress(server.host(), server.port()));
    assertEquals(expected, ServerAddress.of(client));
    assertEquals(expected, ServerAddress.of(client.async()));
    assertEquals(expected, ServerAddress.of(client.withOptions(b -> b.putHeader("x-a", "b"))));
    assertEquals(0, server.received().size());
    assertEquals("chat.completion", client.chat().completions().create(ChatCompletionsBaselineTest.params())._object_().toString());
  }

  @Test
  void theDefaultBaseUrlIsTheOpenAiApi() {
    OpenAIClient defaults = OpenAIOkHttpClient.builder().apiKey(API_KEY).build();
    try {
      assertEquals(Optional.of(new ServerAddress("api.openai.com", 443)), ServerAddress.of(defaults));
    } finally {
      defaults.close();
    }
  }
}
