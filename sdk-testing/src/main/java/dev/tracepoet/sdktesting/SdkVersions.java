package dev.tracepoet.sdktesting;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which SDK version a test run uses: each SDK module runs its tests twice (surefire's default run
 * on the SDK it compiles against, a second one with the SDK's jars swapped for the oldest supported
 * version's), each run naming the version it expects in a system property.
 */
public final class SdkVersions {
  private SdkVersions() {}

  /** The version this run expects, the system property {@code property}; fails when it is not set. */
  public static String expected(String property) {
    String expected = System.getProperty(property);
    assertNotNull(expected, "run by Maven: the surefire execution names the SDK version it expects (" + property + ")");
    return expected;
  }

  /** Asserts that {@code type} was loaded from {@code <artifactId>-<version>.jar}. */
  public static void assertLoadedFrom(Class<?> type, String artifactId, String version) {
    String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(location.endsWith(artifactId + "-" + version + ".jar"), location);
  }
}
