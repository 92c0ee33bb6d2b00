package dev.tracepoet.openai.snapshots;

import dev.tracepoet.sdktesting.SnapshotFiles;
import dev.tracepoet.sdktesting.SpanText;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.regex.Pattern;

/**
 * This module's span snapshots under {@code src/test/resources/snapshots/} ({@link SnapshotFiles};
 * {@code -Dtracepoet.updateSnapshots=true} (re)writes them; {@code <name>.sdk-<version>.txt} wins
 * over {@code <name>.txt} on that SDK version, for drift the older SDK shows on purpose): name,
 * kind, status, the attributes sorted by key, typed (strings quoted, arrays in brackets), then the
 * events ({@link SpanText.Layout#BLOCK}). What varies from run to run is normalized: the fixture
 * server's port, request ids, stack traces, timings.
 */
final class Snapshots {
  static final SnapshotFiles FILES =
      SnapshotFiles.standard().preferringSdkVersion(System.getProperty("tracepoet.openai.expected-sdk-version"));
  static final SpanText TEXT =
      SpanText.builder(SpanText.Layout.BLOCK)
          .quoteStrings()
          .mask(key -> key.equals("server.port"), "<port>")
          .mask(key -> key.equals("exception.stacktrace"), "<stacktrace>")
          .mask(key -> key.contains("time_to_") || key.endsWith("duration_ms"), "<duration>")
          .replace(Pattern.compile("(127\\.0\\.0\\.1|localhost):\\d+"), "$1:<port>")
          .replace(Pattern.compile("req_fixture_\\d+"), "req_fixture_<n>")
          .build();

  private Snapshots() {}

  /** Compares (or, with the update flag, writes) the snapshot {@code name} of {@code spans}. */
  static void assertMatches(String name, List<SpanData> spans) {
    FILES.assertMatches(name, TEXT.render(spans));
  }

  /** The attribute keys of a rendering, in order (for the README table). */
  static List<String> attributeKeys(String rendering) {
    return rendering.lines()
        .takeWhile(line -> !line.equals("  events:"))
        .filter(line -> line.startsWith("    ") && line.contains(" = "))
        .map(line -> line.trim().substring(0, line.trim().indexOf(" = ")))
        .toList();
  }
}
