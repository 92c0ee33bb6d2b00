package dev.tracepoet.openai.snapshots;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * One traced SDK operation, called the same way on the sync and the async client: the service
 * reached through {@code path} (accessor names from the client, e.g. {@code vectorStores.files}),
 * then {@code method(params)}; {@code streamMethod} (or null) is the streaming twin.
 */
record Operation(String name, String path, String method, Supplier<Object> params, String streamMethod) {

  static Operation of(String name, String path, String method, Supplier<Object> params) {
    return new Operation(name, path, method, params, null);
  }

  Operation streaming(String streamMethod) {
    return new Operation(name, path, method, params, streamMethod);
  }

  /** Calls the operation (or its streaming twin) on {@code client}, a sync or async SDK client. */
  Object call(Object client, boolean stream) throws Throwable {
    Object service = client;
    for (String accessor : path.split("\\.")) {
      service = invoke(service, accessor, new Object[0]);
    }
    return invoke(service, stream ? streamMethod : method, new Object[] {params.get()});
  }

  private static Object invoke(Object target, String name, Object[] args) throws Throwable {
    Method method = find(target.getClass(), name, args);
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The method as a public interface declares it (generated wrappers are not public classes). */
  private static Method find(Class<?> type, String name, Object[] args) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> next = todo.poll();
      if (next.isInterface() && Modifier.isPublic(next.getModifiers())) {
        for (Method m : next.getMethods()) {
          if (m.getName().equals(name) && matches(m.getParameterTypes(), args)) {
            return m;
          }
        }
      }
      todo.addAll(java.util.List.of(next.getInterfaces()));
      if (next.getSuperclass() != null) {
        todo.add(next.getSuperclass());
      }
    }
    throw new AssertionError("no public " + name + " on " + type.getName());
  }

  private static boolean matches(Class<?>[] types, Object[] args) {
    if (types.length != args.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      if (!types[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
