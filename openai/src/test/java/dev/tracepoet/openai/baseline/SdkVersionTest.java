package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.core.Properties;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import org.junit.jupiter.api.Test;

/**
 * Proves which SDK the tests of this run use: the build runs them twice, once against the newest
 * SDK and once with its jars swapped for the oldest supported one, each run naming the version it
 * expects in the system property {@code tracepoet.openai.expected-sdk-version}.
 */
class SdkVersionTest extends OpenAiFixtureTest {
  private static String expected() {
    String expected = System.getProperty("tracepoet.openai.expected-sdk-version");
    assertNotNull(expected, "run by Maven: the surefire execution names the SDK version it expects");
    return expected;
  }

  @Test
  void theSdkOnTheClassPathIsTheOneThisRunExpects() {
    assertEquals(expected(), Properties.getPackageVersion(), "Implementation-Version of openai-java-core");
  }

  @Test
  void theSdkClassesComeFromThatVersionsJar() {
    String location = OpenAIClient.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(location.endsWith("openai-java-core-" + expected() + ".jar"), location);
  }

  @Test
  void theClientSendsThatVersionOnTheWire() {
    client.models().list();
    assertEquals(expected(), server.last().headers().get("x-stainless-package-version"));
  }
}
