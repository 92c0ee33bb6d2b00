package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.anthropic.client.AnthropicClient;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.sdktesting.SdkVersions;
import org.junit.jupiter.api.Test;

/**
 * Proves which SDK the tests of this run use: the build runs them three times, once against the SDK
 * the module compiles against (2.10.0) and twice with its core jar swapped, for the oldest supported
 * one (2.2.0) and for the newest 3.x (3.14.0), each run naming the version it expects in the system
 * property {@code tracepoet.anthropic.expected-sdk-version}.
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
  @Test
  void theTestsSeeTheShapeOfThatMajorVersion() {
    assertEquals(expected().startsWith("3."), SdkShape.V3, "3.x has no legacy completions service");
  }

  // not asserted: x-stainless-package-version, which 2.2.0 sends as "unknown"
}
