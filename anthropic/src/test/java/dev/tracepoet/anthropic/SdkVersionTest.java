package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.anthropic.client.AnthropicClient;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.sdktesting.SdkVersions;
import org.junit.jupiter.api.Test;

/**
 * Proves which SDK the tests of this run use: the build runs them twice, once against the SDK the
 * module compiles against and once with its core jar swapped for the oldest supported one, each run
 * naming the version it expects in the system property {@code
 * tracepoet.anthropic.expected-sdk-version}.
 */
class SdkVersionTest extends AnthropicFixtureTest {
  private static String expected() {
    return SdkVersions.expected("tracepoet.anthropic.expected-sdk-version");
  }

  @Test
  void theSdkOnTheClassPathIsTheOneThisRunExpects() {
    assertEquals(expected(), AnthropicClient.class.getPackage().getImplementationVersion(),
        "Implementation-Version of anthropic-java-core");
  }

  @Test
  void theSdkClassesComeFromThatVersionsJar() {
    SdkVersions.assertLoadedFrom(AnthropicClient.class, "anthropic-java-core", expected());
  }
  // not asserted: x-stainless-package-version, which 2.2.0 sends as "unknown"
}
