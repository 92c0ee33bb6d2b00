package dev.tracepoet.runtime;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link OpenTelemetry} implementation written against the API interfaces that forwards to a real
 * one, but throws {@link Fault} from whichever operations are listed in {@link #faults}, and counts
 * how often {@code Span.end} is called.
 */
final class FaultyOpenTelemetry implements OpenTelemetry {

  /** The operations that can be made to fail. */
  enum Op {
    GET_TRACER,
    SPAN_BUILDER,
    BUILDER_SET_ATTRIBUTE,
    BUILDER_SET_KIND,
    START_SPAN,
    START_SPAN_RETURNS_NULL,
    IS_RECORDING,
    SET_ATTRIBUTE,
    SET_STATUS,
    RECORD_EXCEPTION,
    MAKE_CURRENT,
    SCOPE_CLOSE,
    END
  }

  /** What a broken tracer throws. */
  static final class Fault extends RuntimeException {
    Fault(Op op) {
      super("injected failure in " + op);
    }
  }

  final Set<Op> faults = ConcurrentHashMap.newKeySet();
  final AtomicInteger endCalls = new AtomicInteger();
  final AtomicInteger startedSpans = new AtomicInteger();
  private final OpenTelemetry delegate;

  FaultyOpenTelemetry(OpenTelemetry delegate, Op... faults) {
    this.delegate = delegate;
    this.faults.addAll(Set.of(faults));
  }

  private void check(Op op) {
    if (faults.contains(op)) {
      throw new Fault(op);
    }
  }

  @Override
  public TracerProvider getTracerProvider() {
    return new TracerProvider() {
      @Override
      public Tracer get(String instrumentationScopeName) {
        check(Op.GET_TRACER);
        return new FaultyTracer(delegate.getTracerProvider().get(instrumentationScopeName));
      }

      @Override
      public Tracer get(String instrumentationScopeName, String instrumentationScopeVersion) {
        check(Op.GET_TRACER);
        return new FaultyTracer(
            delegate
                .getTracerProvider()
                .get(instrumentationScopeName, instrumentationScopeVersion));
      }
    };
  }

  @Override
  public Tracer getTracer(String instrumentationScopeName) {
    return getTracerProvider().get(instrumentationScopeName);
  }

  @Override
  public ContextPropagators getPropagators() {
    return delegate.getPropagators();
  }

  private final class FaultyTracer implements Tracer {
    private final Tracer tracer;

    FaultyTracer(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public SpanBuilder spanBuilder(String spanName) {
      check(Op.SPAN_BUILDER);
      return new FaultyBuilder(tracer.spanBuilder(spanName));
    }
  }

  private final class FaultyBuilder implements SpanBuilder {
    private final SpanBuilder builder;

    FaultyBuilder(SpanBuilder builder) {
      this.builder = builder;
    }

    @Override
    public SpanBuilder setParent(Context context) {
      builder.setParent(context);
      return this;
    }

    @Override
    public SpanBuilder setNoParent() {
      builder.setNoParent();
      return this;
    }

    @Override
    public SpanBuilder addLink(SpanContext spanContext) {
      builder.addLink(spanContext);
      return this;
    }

    @Override
    public SpanBuilder addLink(SpanContext spanContext, Attributes attributes) {
      builder.addLink(spanContext, attributes);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, String value) {
      check(Op.BUILDER_SET_ATTRIBUTE);
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, long value) {
      check(Op.BUILDER_SET_ATTRIBUTE);
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, double value) {
      check(Op.BUILDER_SET_ATTRIBUTE);
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setAttribute(String key, boolean value) {
      check(Op.BUILDER_SET_ATTRIBUTE);
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public <T> SpanBuilder setAttribute(AttributeKey<T> key, T value) {
      check(Op.BUILDER_SET_ATTRIBUTE);
      builder.setAttribute(key, value);
      return this;
    }

    @Override
    public SpanBuilder setSpanKind(SpanKind spanKind) {
      check(Op.BUILDER_SET_KIND);
      builder.setSpanKind(spanKind);
      return this;
    }

    @Override
    public SpanBuilder setStartTimestamp(long startTimestamp, TimeUnit unit) {
      builder.setStartTimestamp(startTimestamp, unit);
      return this;
    }

    @Override
    public Span startSpan() {
      check(Op.START_SPAN);
      if (faults.contains(Op.START_SPAN_RETURNS_NULL)) {
        return null;
      }
      startedSpans.incrementAndGet();
      return new FaultySpan(builder.startSpan());
    }
  }

  private final class FaultySpan implements Span {
    private final Span span;

    FaultySpan(Span span) {
      this.span = span;
    }

    @Override
    public <T> Span setAttribute(AttributeKey<T> key, T value) {
      check(Op.SET_ATTRIBUTE);
      span.setAttribute(key, value);
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes) {
      span.addEvent(name, attributes);
      return this;
    }

    @Override
    public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
      span.addEvent(name, attributes, timestamp, unit);
      return this;
    }

    @Override
    public Span setStatus(StatusCode statusCode, String description) {
      check(Op.SET_STATUS);
      span.setStatus(statusCode, description);
      return this;
    }

    @Override
    public Span recordException(Throwable exception, Attributes additionalAttributes) {
      check(Op.RECORD_EXCEPTION);
      span.recordException(exception, additionalAttributes);
      return this;
    }

    @Override
    public Span updateName(String name) {
      span.updateName(name);
      return this;
    }

    @Override
    public void end() {
      endCalls.incrementAndGet();
      check(Op.END);
      span.end();
    }

    @Override
    public void end(long timestamp, TimeUnit unit) {
      endCalls.incrementAndGet();
      check(Op.END);
      span.end(timestamp, unit);
    }

    @Override
    public SpanContext getSpanContext() {
      return span.getSpanContext();
    }

    @Override
    public boolean isRecording() {
      check(Op.IS_RECORDING);
      return span.isRecording();
    }

    @Override
    public Scope makeCurrent() {
      check(Op.MAKE_CURRENT);
      Scope scope = Context.current().with(this).makeCurrent();
      return () -> {
        // Restore the context first so that a failing close does not leak it into other tests.
        scope.close();
        check(Op.SCOPE_CLOSE);
      };
    }
  }
}
