package dev.tracepoet.it.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a {@code text/event-stream} body lazily, one event per element: {@code data:} lines (joined
 * by newlines when an event has several) up to a blank line make one event; comment lines ({@code
 * :}) and other fields ({@code event:}, {@code id:}, {@code retry:}) are skipped. {@code data:
 * [DONE]} ends the stream; an event whose JSON has an {@code error} object fails it with a {@link
 * StreamErrorException}. The body is closed when the stream ends, fails, or is closed.
 */
final class ServerSentEvents<T> implements Iterator<T>, AutoCloseable {
  private final BufferedReader reader;
  private final ObjectReader json;
  private T next;
  private boolean done;

  private ServerSentEvents(InputStream body, ObjectReader json) {
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.json = json;
  }

  /**
   * A sequential, ordered stream of the events of {@code body}, each read with {@code json} (which
   * must read the element type) only when the stream pulls it; closing the stream closes the body.
   */
  static <T> Stream<T> stream(InputStream body, ObjectReader json) {
    ServerSentEvents<T> events = new ServerSentEvents<>(body, json);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(events::close);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = read();
      } catch (IOException e) {
        close();
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        close();
        throw e;
      }
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = next;
    next = null;
    return element;
  }

  /** The next data event, or null at {@code [DONE]} or the end of the body. */
  private T read() throws IOException {
    StringBuilder data = null;
    for (String line = reader.readLine(); ; line = reader.readLine()) {
      if (line == null || line.isEmpty()) {
        if (data != null) {
          String payload = data.toString();
          if (payload.equals("[DONE]")) {
            return null;
          }
          return parse(payload);
        }
        if (line == null) {
          return null; // the server ended the body without [DONE]
        }
        continue; // blank line without data: nothing to dispatch
      }
      if (line.startsWith("data:")) {
        String value = line.substring(5);
        value = value.startsWith(" ") ? value.substring(1) : value;
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
      // ':' comments and event:/id:/retry: fields are not needed here
    }
  }

  private T parse(String payload) throws IOException {
    JsonNode node = json.readTree(payload);
    JsonNode error = node.path("error");
    if (error.isObject()) {
      throw new StreamErrorException(
          error.path("message").asText("stream failed"), text(error, "type"), text(error, "code"));
    }
    return json.readValue(node);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    next = null;
    try {
      reader.close(); // closes the response body: the HTTP client drops the rest of it
    } catch (IOException e) {
      // nothing left to release
    }
  }
}
