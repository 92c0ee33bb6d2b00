package dev.tracepoet.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Well-known asynchronous result types whose completion tracepoet cannot observe without a return
 * adapter (issue 10, item 7): a span would end when the value is assembled, before any work
 * happens. Detected by qualified name, on the return type and its supertypes, so the processor
 * depends on none of these libraries.
 */
final class UnobservableAsyncTypes {
  /** Qualified name → the library it belongs to (for the message). */
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("org.reactivestreams.Publisher", "Reactive Streams"),
          Map.entry("reactor.core.publisher.Mono", "Reactor"),
          Map.entry("reactor.core.publisher.Flux", "Reactor"),
          Map.entry("io.smallrye.mutiny.Uni", "Mutiny"),
          Map.entry("io.smallrye.mutiny.Multi", "Mutiny"),
          Map.entry("io.reactivex.Observable", "RxJava 2"),
          Map.entry("io.reactivex.Flowable", "RxJava 2"),
          Map.entry("io.reactivex.Single", "RxJava 2"),
          Map.entry("io.reactivex.Maybe", "RxJava 2"),
          Map.entry("io.reactivex.Completable", "RxJava 2"),
          Map.entry("io.reactivex.rxjava3.core.Observable", "RxJava 3"),
          Map.entry("io.reactivex.rxjava3.core.Flowable", "RxJava 3"),
          Map.entry("io.reactivex.rxjava3.core.Single", "RxJava 3"),
          Map.entry("io.reactivex.rxjava3.core.Maybe", "RxJava 3"),
          Map.entry("io.reactivex.rxjava3.core.Completable", "RxJava 3"),
          Map.entry("rx.Observable", "RxJava 1"),
          Map.entry("rx.Single", "RxJava 1"),
          Map.entry("rx.Completable", "RxJava 1"),
          Map.entry("kotlinx.coroutines.flow.Flow", "Kotlin coroutines"),
          Map.entry("kotlinx.coroutines.Deferred", "Kotlin coroutines"),
          Map.entry("io.vertx.core.Future", "Vert.x"),
          Map.entry("akka.stream.javadsl.Source", "Akka Streams"),
          Map.entry("org.apache.pekko.stream.javadsl.Source", "Pekko Streams"),
          // Stainless-generated SDKs: adapters ship with tracepoet-openai (StreamResponseAdapter, ...).
          Map.entry("com.openai.core.http.StreamResponse", "OpenAI Java SDK"),
          Map.entry("com.openai.core.http.AsyncStreamResponse", "OpenAI Java SDK"),
          Map.entry("com.anthropic.core.http.StreamResponse", "Anthropic Java SDK"),
          Map.entry("com.anthropic.core.http.AsyncStreamResponse", "Anthropic Java SDK"));

  private UnobservableAsyncTypes() {}

  /** The well-known type {@code type} is or extends, e.g. {@code "reactor.core.publisher.Mono (Reactor)"}. */
  static Optional<String> find(TypeMirror type, Types types) {
    Deque<TypeMirror> pending = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      TypeMirror next = pending.poll();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      String name = ((TypeElement) ((DeclaredType) next).asElement()).getQualifiedName().toString();
      if (!seen.add(name)) {
        continue;
      }
      String library = KNOWN.get(name);
      if (library != null) {
        return Optional.of(name + " (" + library + ")");
      }
      pending.addAll(types.directSupertypes(next));
    }
    return Optional.empty();
  }
}
