package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.openai.internal.BaseUrls;
import dev.tracepoet.runtime.ServiceEndpoints;
import dev.tracepoet.runtime.TracingSettings;
import org.junit.jupiter.api.Test;

/** The base URL read from a real SDK client, and the server the runtime derives from it. */
class BaseUrlsTest extends OpenAiFixtureTest {

  @Test
  void readsTheBaseUrlOfARealClientWithoutSendingARequest() {
    String expected = server.baseUrl();
    assertEquals(expected, BaseUrls.of(client));
    assertEquals(expected, BaseUrls.of(client.async()));
    assertEquals(expected, BaseUrls.of(client.withOptions(b -> b.putHeader("x-a", "b"))));
    assertEquals(0, server.received().size());
    assertEquals("chat.completion", client.chat().completions().create(ChatCompletionsBaselineTest.params())._object_().toString());
  }

  @Test
  void theServerIsTheFixtureServersHostAndPort() {
    TracingSettings settings = ServiceEndpoints.withServerOf(TracingSettings.builder().build(), BaseUrls.of(client));
    assertEquals(server.host(), settings.serverAddress());
    assertEquals(server.port(), settings.serverPort());
  }

  @Test
  void theDefaultBaseUrlIsTheOpenAiApi() {
    OpenAIClient defaults = OpenAIOkHttpClient.builder().apiKey(API_KEY).build();
    try {
      assertEquals("https://api.openai.com/v1", BaseUrls.of(defaults));
      TracingSettings settings = ServiceEndpoints.withServerOf(TracingSettings.builder().build(), BaseUrls.of(defaults));
      assertEquals("api.openai.com", settings.serverAddress());
      assertEquals(443, settings.serverPort());
    } finally {
      defaults.close();
    }
  }
}
