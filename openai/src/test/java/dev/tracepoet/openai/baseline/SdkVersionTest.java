package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.core.Properties;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.sdktesting.SdkVersions;
import org.junit.jupiter.api.Test;

/**
 * Proves which SDK the tests of this run use: the build runs them twice, once against the newest
 * SDK and once with its jars swapped for the oldest supported one, each run naming the version it
 * expects in the system property {@code tracepoet.openai.expected-sdk-version}.
 */
class SdkVersionTest extends OpenAiFixtureTest {
  private static String expected() {
    return SdkVersions.expected("tracepoet.openai.expected-sdk-version");
  }

  @Test
  void theSdkOnTheClassPathIsTheOneThisRunExpects() {
    assertEquals(expected(), Properties.getPackageVersion(), "Implementation-Version of openai-java-core");
  }

  @Test
  void theSdkClassesComeFromThatVersionsJar() {
    SdkVersions.assertLoadedFrom(OpenAIClient.class, "openai-java-core", expected());
  }

  @Test
  void theClientSendsThatVersionOnTheWire() {
    client.models().list();
    assertEquals(expected(), server.last().headers().get("x-stainless-package-version"));
  }
}
