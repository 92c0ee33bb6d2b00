package dev.tracepoet.runtime;

import io.opentelemetry.api.trace.Span;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A configurable {@link EndpointHook} for tests: each step runs a lambda (a no-op by default) and is
 * counted. Tests live in {@code dev.tracepoet.runtime}, so the lambdas can call the hook's protected
 * helpers through the {@code hook} argument.
 */
final class TestHook<A, R> extends EndpointHook<A, R> {

  @FunctionalInterface
  interface RequestStep<A, R> {
    void run(TestHook<A, R> hook, Span span, A arguments) throws Exception;
  }

  @FunctionalInterface
  interface ResponseStep<A, R> {
    void run(TestHook<A, R> hook, Span span, R response) throws Exception;
  }

  @FunctionalInterface
  interface PostStep<A, R> {
    void run(TestHook<A, R> hook, Span span, A arguments, R response, Throwable error)
        throws Exception;
  }

  volatile RequestStep<A, R> onRecordRequest = (hook, span, arguments) -> {};
  volatile RequestStep<A, R> onPreResponse = (hook, span, arguments) -> {};
  volatile ResponseStep<A, R> onRecordResponse = (hook, span, response) -> {};
  volatile PostStep<A, R> onPostResponse = (hook, span, arguments, response, error) -> {};

  final AtomicInteger recordRequestCalls = new AtomicInteger();
  final AtomicInteger preResponseCalls = new AtomicInteger();
  final AtomicInteger recordResponseCalls = new AtomicInteger();
  final AtomicInteger postResponseCalls = new AtomicInteger();

  TestHook(Endpoint endpoint) {
    super(endpoint);
  }

  TestHook<A, R> recordRequest(RequestStep<A, R> step) {
    this.onRecordRequest = step;
    return this;
  }

  TestHook<A, R> preResponse(RequestStep<A, R> step) {
    this.onPreResponse = step;
    return this;
  }

  TestHook<A, R> recordResponse(ResponseStep<A, R> step) {
    this.onRecordResponse = step;
    return this;
  }

  TestHook<A, R> postResponse(PostStep<A, R> step) {
    this.onPostResponse = step;
    return this;
  }

  @Override
  protected void recordRequest(Span span, A arguments) {
    recordRequestCalls.incrementAndGet();
    run(() -> onRecordRequest.run(this, span, arguments));
  }

  @Override
  protected void preResponse(Span span, A arguments) {
    preResponseCalls.incrementAndGet();
    run(() -> onPreResponse.run(this, span, arguments));
  }

  @Override
  protected void recordResponse(Span span, R response) {
    recordResponseCalls.incrementAndGet();
    run(() -> onRecordResponse.run(this, span, response));
  }

  @Override
  protected void postResponse(Span span, A arguments, R response, Throwable error) {
    postResponseCalls.incrementAndGet();
    run(() -> onPostResponse.run(this, span, arguments, response, error));
  }

  @FunctionalInterface
  private interface Body {
    void run() throws Exception;
  }

  /** Lets a step throw checked exceptions unchanged (the hook must contain them). */
  private static void run(Body body) {
    try {
      body.run();
    } catch (Exception e) {
      throw TestHook.<RuntimeException>sneaky(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
