package dev.tracepoet.anthropic;

import com.anthropic.client.AnthropicClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What the tests need to know about the SDK on the class path, and how they call what changed
 * shape between 2.x and 3.x. The tests are compiled against 2.10.0 and run on 2.2.0, 2.10.0 and
 * 3.14.0: a call to a method whose return type 3.x renamed (beta files' and skills' responses)
 * fails to link there, so such calls go through {@link #call}; calls of methods 3.x removed
 * (the sampling params) are only run when {@link #V3} is false.
 */
final class SdkShape {
  /** Whether the SDK is 3.x (no legacy completions service). */
  static final boolean V3 = !present("com.anthropic.services.blocking.CompletionService");

  /** The query of the SDK's beta requests: 3.x no longer adds {@code ?beta=true}. */
  static final String BETA_QUERY = V3 ? null : "beta=true";

  /**
   * The snapshots whose spans differ on 3.x because the SDK does: no {@code temperature} / {@code
   * top_p} / {@code top_k} params (messages), no {@code version} on a skill version, a skill
   * upload that 3.x encodes (and so sends) where 2.10.0 fails before the request, and the exception
   * message of an API error (3.x quotes the error body as JSON, 2.x as a map).
   */
  private static final Set<String> PER_VERSION = Set.of("messages-create", "messages-create-streaming",
      "messages-create-async", "messages-create-error", "beta-messages-create-streaming",
      "beta-messages-create-streaming-cancelled", "beta-skills", "beta-skills-versions", "beta-skills-async", "beta-skills-error",
      "beta-messages-batches-error");

  private SdkShape() {}

  static boolean present(String name) {
    try {
      Class.forName(name, false, AnthropicClient.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The snapshot name for this SDK: {@code sdk-3/name} where 3.x genuinely records other spans. */
  static String snapshot(String name) {
    return V3 && PER_VERSION.contains(name) ? "sdk-3/" + name : name;
  }

  /**
   * {@code target.name(args)} by reflection (the public method of that name whose parameters take
   * {@code args}), its exception rethrown unwrapped: for calls whose binary signature differs
   * between the SDK versions.
   */
  static Object call(Object target, String name, Object... args) {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && accepts(method.getParameterTypes(), args)) {
        try {
          method.setAccessible(true);
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " taking " + args.length + " arguments on " + target.getClass());
  }

  private static boolean accepts(Class<?>[] types, Object[] args) {
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
