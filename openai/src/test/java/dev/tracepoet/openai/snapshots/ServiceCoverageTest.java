package dev.tracepoet.openai.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.RequestOptions;
import dev.tracepoet.openai.OpenAiTracing;
import dev.tracepoet.openai.internal.ClientViews;
import io.opentelemetry.api.OpenTelemetry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every HTTP operation of every service the SDK on the class path reaches from {@code OpenAIClient}
 * and {@code OpenAIClientAsync} is traced (its view redeclares it) and has snapshots ({@link
 * Operations#ALL} calls it), except the services listed in {@link #NOT_TRACED} with the reason the
 * README gives. An SDK that adds a service or an operation fails this test until it is traced or
 * listed (a service with no HTTP operation at all, like 4.52.0's {@code webhooks()}, which only
 * verifies signatures locally, needs no view). Walks the SDK's interfaces by reflection, so it checks
 * 4.52.0 and 4.105.0 each on its own.
 */
class ServiceCoverageTest {

  /** Service paths (accessor chains from the client) that are deliberately not traced. */
  static final Set<String> NOT_TRACED = Set.of(
      "admin", // organization administration with an admin key (users, projects, keys, usage, audit logs): not model traffic
      "beta", // Assistants / Threads (deprecated by the Responses API), ChatKit, beta Realtime sessions, beta Responses and Agents
      "graders", // graders.graderModels has no operation (type definitions only)
      "fineTuning.methods", // no operation (type definitions only)
      "live.sideband", // no HTTP operation (a WebSocket the SDK does not open)
      "live.forks"); // no HTTP operation

  /** Methods of traced services that make no HTTP call. */
  static final Set<String> LOCAL = Set.of("webhooks.unwrap", "webhooks.verifySignature");

  private static final OpenAIClient CLIENT =
      OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("sk-proj-fixture0123456789").build();

  @Test
  void everyOperationOfTheSyncClientIsTracedAndSnapshotted() throws Exception {
    check(OpenAiTracing.wrap(CLIENT, OpenTelemetry.noop()), OpenAIClient.class, false);
  }

  @Test
  void everyOperationOfTheAsyncClientIsTracedAndSnapshotted() throws Exception {
    check(OpenAiTracing.wrap(CLIENT.async(), OpenTelemetry.noop()), OpenAIClientAsync.class, true);
  }

  @Test
  void theNewerServicesAreTracedExactlyWhenTheSdkHasThem() {
    boolean newest = !"4.52.0".equals(System.getProperty("tracepoet.openai.expected-sdk-version"));
    assertEquals(newest, ClientViews.latest());
    assertEquals(newest ? "TracedOpenAIClientLatestView" : "TracedOpenAIClientView",
        OpenAiTracing.wrap(CLIENT, OpenTelemetry.noop()).getClass().getSimpleName());
    assertEquals(newest ? "TracedOpenAIClientAsyncLatestView" : "TracedOpenAIClientAsyncView",
        OpenAiTracing.wrap(CLIENT.async(), OpenTelemetry.noop()).getClass().getSimpleName());
  }

  private void check(Object traced, Class<?> type, boolean async) throws Exception {
    Set<String> called = new TreeSet<>();
    for (Operation op : Operations.ALL) {
      called.add(op.path() + "." + op.method());
      if (op.streamMethod() != null) {
        called.add(op.path() + "." + op.streamMethod());
      }
    }
    List<String> untraced = new ArrayList<>();
    List<String> unsnapshotted = new ArrayList<>();
    walk(traced, type, "", untraced, unsnapshotted, called);
    assertTrue(untraced.isEmpty(), (async ? "async" : "sync") + " services or operations not traced: " + untraced);
    assertTrue(unsnapshotted.isEmpty(), (async ? "async" : "sync") + " operations without snapshots: " + unsnapshotted);
  }

  private void walk(Object service, Class<?> type, String path, List<String> untraced, List<String> unsnapshotted,
      Set<String> called) throws Exception {
    Class<?> view = view(service.getClass());
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getName().equals("withRawResponse")
          || method.getName().equals("withOptions")) {
        continue;
      }
      String name = (path.isEmpty() ? "" : path + ".") + method.getName();
      if (method.getParameterCount() == 0 && method.getReturnType().getName().startsWith("com.openai.services.")) {
        if (NOT_TRACED.contains(name)) {
          continue;
        }
        Object sub = method.invoke(service);
        if (!sub.getClass().getName().startsWith("dev.tracepoet.")) {
          if (hasHttpOperations(method.getReturnType(), name)) {
            untraced.add(name + "()");
          }
          continue;
        }
        walk(sub, method.getReturnType(), name, untraced, unsnapshotted, called);
      } else if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 2
          && method.getParameterTypes()[1] == RequestOptions.class && !LOCAL.contains(name)) {
        if (view == null || !declares(view, method)) {
          untraced.add(name);
        } else if (!called.contains(name)) {
          unsnapshotted.add(name);
        }
      }
    }
  }

  /** Whether {@code type} or a service it reaches has an operation that makes an HTTP call. */
  private static boolean hasHttpOperations(Class<?> type, String path) {
    for (Method method : type.getMethods()) {
      String name = path + "." + method.getName();
      if (Modifier.isStatic(method.getModifiers()) || method.getName().equals("withRawResponse")
          || method.getName().equals("withOptions")) {
        continue;
      }
      if (method.getParameterCount() == 0 && method.getReturnType().getName().startsWith("com.openai.services.")) {
        if (hasHttpOperations(method.getReturnType(), name)) {
          return true;
        }
      } else if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 2
          && method.getParameterTypes()[1] == RequestOptions.class && !LOCAL.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The view interface a generated wrapper implements (the one tracepoet-openai declares). */
  private static Class<?> view(Class<?> wrapper) {
    for (Class<?> candidate : wrapper.getInterfaces()) {
      if (candidate.getName().startsWith("dev.tracepoet.openai.internal.")) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean declares(Class<?> view, Method method) {
    try {
      view.getDeclaredMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
