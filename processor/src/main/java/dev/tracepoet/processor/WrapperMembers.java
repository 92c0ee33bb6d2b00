package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tracepoet.processor.EndpointDescriptor.Shape;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The names of a wrapper's generated members, allocated once per wrapper from one {@link
 * MemberNames} scope before anything is written: each deep-wrapping method's cache field, then,
 * endpoint by endpoint in declaration order, its arguments holder, hook class, hook field,
 * invocation field and adapter field. A clash gets a numeric suffix ({@code createHook2}).
 */
final class WrapperMembers {
  /**
   * The members generated for one endpoint.
   *
   * @param hookClass simple name of the nested hook class
   * @param hookField wrapper field holding the hook
   * @param invocationField wrapper field holding the delegate invocation, or {@code null} when the
   *     invocation is created per call (generic methods, first-argument hooks)
   * @param holderClass simple name of the arguments holder (used for {@link Shape#HOLDER} only), or
   *     null
   * @param argumentsType the hook's argument type parameter {@code A} (the holder's type for {@link
   *     Shape#HOLDER})
   * @param adapterField the field holding the return adapter, or null
   */
  record EndpointMembers(
      String hookClass,
      String hookField,
      String invocationField,
      String holderClass,
      TypeName argumentsType,
      String adapterField) {}

  private final Map<TracedMethodDescriptor, EndpointMembers> endpoints = new IdentityHashMap<>();
  private final Map<TracedMethodDescriptor, String> cacheFields = new IdentityHashMap<>();

  /** Allocates every generated member name of {@code client}'s wrapper. */
  WrapperMembers(TracedInterfaceDescriptor client) {
    MemberNames names = new MemberNames();
    for (TracedMethodDescriptor method : client.methods()) {
      if (method.deepWrap() != null) {
        cacheFields.put(method, names.field(method.method().getSimpleName() + "View"));
      }
    }
    for (TracedMethodDescriptor method : client.methods()) {
      if (method.endpoint() != null) {
        endpoints.put(method, allocate(method, client, names));
      }
    }
  }

  /** The names of {@code method}'s endpoint members. */
  EndpointMembers of(TracedMethodDescriptor method) {
    return endpoints.get(method);
  }

  /** The field holding the {@code ViewCache} of a deep-wrapping {@code method}. */
  String cacheField(TracedMethodDescriptor method) {
    return cacheFields.get(method);
  }

  private static EndpointMembers allocate(
      TracedMethodDescriptor method, TracedInterfaceDescriptor client, MemberNames names) {
    EndpointDescriptor endpoint = method.endpoint();
    String methodName = method.method().getSimpleName().toString();
    String capitalized = Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    String holderClass = null;
    TypeName argumentsType = endpoint.arguments().type();
    if (endpoint.arguments().parameters().size() > 1) {
      // Allocated for first-argument hooks too (unused there), so that names do not shift.
      holderClass = names.nestedClass(capitalized + "Arguments");
    }
    if (endpoint.arguments().shape() == Shape.HOLDER) {
      ClassName holder = client.wrapperName().nestedClass(holderClass);
      argumentsType =
          client.typeVariables().isEmpty()
              ? holder
              : ParameterizedTypeName.get(holder, client.typeVariables().toArray(new TypeName[0]));
    }
    String hookClass = names.nestedClass(capitalized + "Hook");
    String hookField = names.field(methodName + "Hook");
    boolean perCall = endpoint.arguments().generic() || endpoint.arguments().shape() == Shape.FIRST;
    String invocationField = perCall ? null : names.field(methodName + "Call");
    String adapterField =
        endpoint.adapter() == null ? null : names.field(MemberNames.constantCase(methodName) + "_ADAPTER");
    return new EndpointMembers(hookClass, hookField, invocationField, holderClass, argumentsType, adapterField);
  }
}
