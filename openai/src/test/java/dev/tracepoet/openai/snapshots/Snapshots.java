package dev.tracepoet.openai.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Snapshot files under {@code src/test/resources/snapshots/}: a rendering is compared with its file;
 * {@code -Dtracepoet.updateSnapshots=true} (re)writes the files instead; a missing file fails with
 * the rendering printed. A file named {@code <name>.sdk-<version>.txt} wins over {@code
 * <name>.txt} on that SDK version (for drift the older SDK shows on purpose; none today).
 */
final class Snapshots {
  static final Path DIRECTORY = Path.of("src", "test", "resources", "snapshots");
  static final boolean UPDATE = Boolean.getBoolean("tracepoet.updateSnapshots");

  private Snapshots() {}

  static void assertMatches(String name, String rendering) {
    Path versioned = DIRECTORY.resolve(name + ".sdk-" + System.getProperty("tracepoet.openai.expected-sdk-version") + ".txt");
    Path file = Files.exists(versioned) ? versioned : DIRECTORY.resolve(name + ".txt");
    if (UPDATE) {
      write(file, rendering);
      return;
    }
    if (!Files.exists(file)) {
      fail("no snapshot " + file + " (run with -Dtracepoet.updateSnapshots=true to write it); the rendering is:\n" + rendering);
    }
    assertEquals(read(file), rendering, () -> "snapshot " + file + " differs (run with -Dtracepoet.updateSnapshots=true to accept)");
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
