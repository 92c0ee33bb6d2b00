package dev.tracepoet.benchmarks.endpoint;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.stream.Stream;

/**
 * A streamed endpoint of a generated client, for {@link
 * dev.tracepoet.benchmarks.StreamEndpointBenchmark}: the response is a {@code Stream} of text chunks,
 * which the generated wrapper observes element by element.
 */
@TracedClient(integration = "acme")
public interface ChunkApi {
  @TracedEndpoint(name = "streamChunks", endpoint = "/v1/chunks", method = "POST")
  Stream<String> chunks(String prompt);
}
