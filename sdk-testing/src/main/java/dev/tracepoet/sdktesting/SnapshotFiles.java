package dev.tracepoet.sdktesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Snapshot files, {@code <directory>/<name>.txt}: a rendering is compared with its file; with
 * {@code -Dtracepoet.updateSnapshots=true} the files are (re)written instead; a missing file fails
 * with the rendering printed. With {@link #preferringSdkVersion}, a file named {@code
 * <name>.sdk-<version>.txt} wins over {@code <name>.txt} on that SDK version (for drift an older SDK
 * shows on purpose).
 */
public final class SnapshotFiles {
  /** The system property that turns comparing into (re)writing. */
  public static final String UPDATE_PROPERTY = "tracepoet.updateSnapshots";

  /** The system property naming the directory; {@code src/test/resources/snapshots} without it. */
  public static final String DIRECTORY_PROPERTY = "tracepoet.snapshots.dir";

  private final Path directory;
  private final String sdkVersion;

  private SnapshotFiles(Path directory, String sdkVersion) {
    this.directory = directory;
    this.sdkVersion = sdkVersion;
  }

  /** The module's snapshot directory: {@value #DIRECTORY_PROPERTY}, or {@code src/test/resources/snapshots}. */
  public static SnapshotFiles standard() {
    return new SnapshotFiles(Path.of(System.getProperty(DIRECTORY_PROPERTY, "src/test/resources/snapshots")), null);
  }

  /**
   * These files, where {@code <name>.sdk-<version>.txt} wins over {@code <name>.txt}; {@code
   * version} null: no version wins.
   */
  public SnapshotFiles preferringSdkVersion(String version) {
    return new SnapshotFiles(directory, version);
  }

  /** Whether this run (re)writes the files ({@value #UPDATE_PROPERTY}). */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** The directory of the files. */
  public Path directory() {
    return directory;
  }

  /** The file {@code name} is compared with: its SDK version's, when there is one, else {@code <name>.txt}. */
  public Path file(String name) {
    if (sdkVersion != null) {
      Path versioned = directory.resolve(name + ".sdk-" + sdkVersion + ".txt");
      if (Files.exists(versioned)) {
        return versioned;
      }
    }
    return directory.resolve(name + ".txt");
  }

  /** Compares {@code rendering} with the snapshot {@code name}, or (re)writes it when {@link #updating()}. */
  public void assertMatches(String name, String rendering) {
    Objects.requireNonNull(rendering, "rendering");
    Path file = file(name);
    if (updating()) {
      write(file, rendering);
      return;
    }
    if (!Files.exists(file)) {
      fail("no snapshot " + file + " (run with -D" + UPDATE_PROPERTY + "=true to write it); the rendering is:\n" + rendering);
    }
    assertEquals(read(file), rendering,
        () -> "snapshot " + file + " differs (run with -D" + UPDATE_PROPERTY + "=true to accept)");
  }

  /** The UTF-8 text of {@code file}. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} to {@code file} as UTF-8, creating its directory. */
  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
