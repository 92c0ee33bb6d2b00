package dev.tracepoet.it.async;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** One endpoint per supported return type, all with the same tags and token wiring. */
@TracedClient(integration = "llm")
public interface LlmApi {

  @TracedEndpoint(name = "complete", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  Completion complete(Prompt prompt);

  @TracedEndpoint(name = "completeFuture", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  CompletableFuture<Completion> completeFuture(Prompt prompt);

  @TracedEndpoint(name = "completeStage", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  CompletionStage<Completion> completeStage(Prompt prompt);

  @TracedEndpoint(name = "stream", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  Stream<Chunk> stream(Prompt prompt);

  @TracedEndpoint(name = "iterator", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  Iterator<Chunk> iterator(Prompt prompt);

  @TracedEndpoint(name = "iterable", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  Iterable<Chunk> iterable(Prompt prompt);

  @TracedEndpoint(name = "publisher", requestTags = "model", responseTags = "id",
      prompt = "prompt", completion = "text", usage = "usage")
  Flow.Publisher<Chunk> publisher(Prompt prompt);

  /** The request. */
  record Prompt(String model, String prompt) {}

  /** Token usage as an API reports it. */
  record Usage(int promptTokens, int completionTokens, int totalTokens) {}

  /** A whole completion. */
  record Completion(String id, String text, Usage usage) {}

  /** One streamed chunk; usually only the last one carries usage. */
  record Chunk(String id, String text, Usage usage) {}
}
