package dev.tracepoet.it.async;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A test delegate whose behaviour each test scripts: the chunks it produces, where producing fails,
 * whether the method throws before returning. It records the span that was current when it ran and
 * starts a child span of its own, so tests can check parent links.
 */
class ScriptedLlm implements LlmApi {
  static final String ID = "cmpl-1";

  private final Tracer tracer;
  List<Chunk> chunks = List.of(new Chunk(ID, "Hello", null), new Chunk(ID, " world", null));
  int failAt = -1;
  RuntimeException throwBefore;
  final AtomicReference<Span> currentAtCall = new AtomicReference<>();
  final AtomicReference<Span> currentAtElement = new AtomicReference<>();
  CompletableFuture<Completion> future;

  ScriptedLlm(Tracer tracer) {
    this.tracer = tracer;
  }

  ScriptedLlm withUsageOnLastChunk() {
    chunks = List.of(new Chunk(ID, "Hello", null), new Chunk(ID, " world", new Usage(7, 2, 9)));
    return this;
  }

  private void enter() {
    currentAtCall.set(Span.current());
    tracer.spanBuilder("delegate-work").startSpan().end();
    if (throwBefore != null) {
      throw throwBefore;
    }
  }

  private Chunk produce(int index) {
    currentAtElement.set(Span.current());
    if (index == failAt) {
      throw new IllegalStateException("stream failed at " + index);
    }
    return chunks.get(index);
  }

  @Override
  public Completion complete(Prompt prompt) {
    enter();
    return new Completion(ID, "Hello world", new Usage(3, 2, 5));
  }

  @Override
  public CompletableFuture<Completion> completeFuture(Prompt prompt) {
    enter();
    future = new CompletableFuture<>();
    return future;
  }

  @Override
  public CompletionStage<Completion> completeStage(Prompt prompt) {
    return completeFuture(prompt);
  }

  @Override
  public Stream<Chunk> stream(Prompt prompt) {
    enter();
    return Stream.iterate(0, i -> i < chunks.size(), i -> i + 1).map(this::produce);
  }

  @Override
  public Iterator<Chunk> iterator(Prompt prompt) {
    enter();
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < chunks.size();
      }

      @Override
      public Chunk next() {
        if (next >= chunks.size()) {
          throw new NoSuchElementException();
        }
        return produce(next++);
      }
    };
  }

  @Override
  public Iterable<Chunk> iterable(Prompt prompt) {
    enter();
    return () -> {
      Iterator<Chunk> inner = chunks.iterator();
      return new Iterator<>() {
        private int index;

        @Override
        public boolean hasNext() {
          return inner.hasNext();
        }

        @Override
        public Chunk next() {
          inner.next();
          return produce(index++);
        }
      };
    };
  }

  @Override
  public Flow.Publisher<Chunk> publisher(Prompt prompt) {
    enter();
    return subscriber ->
        subscriber.onSubscribe(
            new Flow.Subscription() {
              private int next;
              private boolean done;

              @Override
              public void request(long n) {
                for (long i = 0; i < n && !done; i++) {
                  if (next == chunks.size()) {
                    done = true;
                    subscriber.onComplete();
                    return;
                  }
                  Chunk chunk;
                  try {
                    chunk = produce(next++);
                  } catch (RuntimeException e) {
                    done = true;
                    subscriber.onError(e);
                    return;
                  }
                  subscriber.onNext(chunk);
                }
                if (next == chunks.size() && !done) {
                  done = true;
                  subscriber.onComplete();
                }
              }

              @Override
              public void cancel() {
                done = true;
              }
            });
  }
}
