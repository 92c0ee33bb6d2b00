package dev.tracepoet.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Captures what tracepoet logs through {@code System.getLogger("dev.tracepoet")}: with no other
 * {@code System.LoggerFinder} installed, the JDK routes it to the java.util.logging logger of the
 * same name. DEBUG maps to FINE.
 */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger = Logger.getLogger("dev.tracepoet"); // strong reference
  private final Level previousLevel = logger.getLevel();
  private final boolean previousUseParentHandlers = logger.getUseParentHandlers();
  final List<LogRecord> records = new CopyOnWriteArrayList<>();

  LogCapture() {
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false); // keep expected failures off the console
    logger.addHandler(this);
  }

  /** Records whose message mentions {@code text} and that were logged at {@code level}. */
  List<LogRecord> at(Level level, String text) {
    return records.stream()
        .filter(r -> r.getLevel().equals(level))
        .filter(r -> r.getMessage() != null && r.getMessage().contains(text))
        .collect(Collectors.toList());
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
  }
}
