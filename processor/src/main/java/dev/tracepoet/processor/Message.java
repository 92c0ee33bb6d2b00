package dev.tracepoet.processor;

/**
 * The catalogue of tracepoet diagnostics. Each has a stable ID printed as {@code [tracepoet:Id]}
 * and says what is wrong and how to fix it. Arguments are {@link String#format} style.
 */
enum Message {
  NOT_AN_INTERFACE(
      "NotAnInterface",
      "@TracedClient is only allowed on interfaces, but %s is %s. Annotate the client interface"
          + " instead, or extract one from this type."),
  PRIVATE_INTERFACE(
      "PrivateInterface",
      "@TracedClient interface %s is private or nested in a private type, so the generated wrapper"
          + " cannot implement it. Make it (and its enclosing types) package-private or public."),
  INVALID_INTEGRATION(
      "InvalidIntegration",
      "integration \"%s\" is not a valid attribute namespace: use lower-case letters, digits, '_' and"
          + " '.', starting with a letter and not ending with '.' (e.g. \"openai\", \"acme.billing\")."),
  INVALID_GEN_AI(
      "InvalidGenAi",
      "%s \"%s\" is not valid: %s."),
  ENDPOINT_OUTSIDE_CLIENT(
      "EndpointOutsideClient",
      "@TracedEndpoint on %s has no effect: %s. Put it on an abstract or default method of a"
          + " @TracedClient interface (or of an interface that one extends)."),
  ENDPOINT_WITHOUT_CLIENT(
      "EndpointWithoutClient",
      "@TracedEndpoint on %s is not traced: no @TracedClient interface in this compilation is or"
          + " extends %s. Annotate %s (or an interface that extends it) with @TracedClient, or add"
          + " @SuppressWarnings(\"tracepoet\") if a client compiled elsewhere extends it."),
  EMPTY_NAME(
      "EmptyName",
      "@TracedEndpoint(name = \"%s\") is blank. Remove it to use the method name, or give a name."),
  UNKNOWN_REQUEST_TAG(
      "UnknownRequestTag",
      "request tag \"%s\" does not resolve: %s. %s"),
  UNKNOWN_RESPONSE_TAG(
      "UnknownResponseTag",
      "response tag \"%s\" does not resolve: %s. %s"),
  UNKNOWN_TOKEN_PATH(
      "UnknownTokenPath",
      "%s path \"%s\" does not resolve: %s. %s"),
  GEN_AI_CONTENT_WITHOUT_OPERATION(
      "GenAiContentWithoutOperation",
      "%s = \"%s\" has no effect: %s is not a GenAI operation, and %s is recorded only as %s. Add"
          + " genAiOperation (e.g. \"chat\") to the endpoint and genAiProvider to its @TracedClient, or"
          + " remove %s."),
  INVALID_CONTENT_PATH(
      "InvalidContentPath",
      "%s path \"%s\" cannot be recorded: %s. %s"),
  INACCESSIBLE_PATH(
      "InaccessiblePath",
      "path \"%s\" resolves, but the generated code could not read it: %s. %s"),
  MALFORMED_TAG(
      "MalformedTag",
      "tag \"%s\" is malformed: %s. Write a dotted path such as \"usage.total_tokens\", optionally"
          + " prefixed with a key: \"tokens=usage.total_tokens\"."),
  INVALID_ATTRIBUTE_KEY(
      "InvalidAttributeKey",
      "tag \"%s\" names an invalid absolute attribute key: %s. After '^' write the key as recorded,"
          + " in lower-case letters, digits, '_', '-' and '.' (e.g. \"^http.response.status_code=statusCode\")."),
  ALTERNATIVES_NEED_KEY(
      "AlternativesNeedKey",
      "tag \"%s\" lists alternatives but no key: with several paths there is no single path to name the"
          + " attribute after. Name the key explicitly, e.g. \"%s=%s\"."),
  INCOMPATIBLE_ALTERNATIVES(
      "IncompatibleAlternatives",
      "tag \"%s\" has alternatives of different attribute types: \"%s\" records %s but \"%s\" records %s."
          + " Alternatives must record the same type (a value mixed with lists or arrays of that type"
          + " records an array); split them into two tags with their own keys."),
  MALFORMED_LOOKUP(
      "MalformedLookup",
      "tag \"%s\" has a malformed lookup: %s. Write the method name and one quoted string, e.g."
          + " \"retry_after=headers.values('retry-after')\"."),
  LOOKUP_NEEDS_KEY(
      "LookupNeedsKey",
      "tag \"%s\" calls a lookup but has no key: a call is no attribute name. Name the key"
          + " explicitly, e.g. \"%s=%s\"."),
  UNKNOWN_LOOKUP(
      "UnknownLookup",
      "tag \"%s\" does not resolve: %s. %s"),
  INVALID_LOOKUP_METHOD(
      "InvalidLookupMethod",
      "tag \"%s\" cannot call %s: %s. A lookup calls a public method with exactly one String,"
          + " CharSequence or Object parameter that returns a value."),
  UNKNOWN_ERROR_TAG(
      "UnknownErrorTag",
      "error tag \"%s\" does not resolve: %s. %s"),
  ERROR_TAGS_TYPE_NOT_THROWABLE(
      "ErrorTagsTypeNotThrowable",
      "@ErrorTags(type = %s.class): %s is %s. Error tags are read from the Throwable that ends a"
          + " failed call; name an exception type (a Throwable subtype)."),
  INVALID_DEEP_WRAP_TARGET(
      "InvalidDeepWrapTarget",
      "%s cannot deep-wrap the %s that %s returns into %s: %s."),
  DUPLICATE_TAG_KEY(
      "DuplicateTagKey",
      "tag \"%s\" records the attribute key \"%s\" that an earlier tag of this endpoint already"
          + " records. Remove one, or name the key explicitly: \"other_key=%s\"."),
  /** The runtime (EndpointHook) is not on the class path, so no hook can be checked. */
  INVALID_HOOK(
      "InvalidHook",
      "hook %s cannot be used for %s: %s."),
  HOOK_NOT_A_CLASS(
      "HookNotAClass",
      "hook %s cannot be used for %s: %s."),
  HOOK_NOT_ENDPOINT_HOOK(
      "HookNotEndpointHook",
      "hook %s cannot be used for %s: %s."),
  RAW_HOOK(
      "RawHook",
      "hook %s cannot be used for %s: %s."),
  FINAL_HOOK(
      "FinalHook",
      "hook %s cannot be used for %s: %s."),
  INACCESSIBLE_HOOK(
      "InaccessibleHook",
      "hook %s cannot be used for %s: %s."),
  GENERIC_HOOK(
      "GenericHook",
      "hook %s cannot be used for %s: %s."),
  HOOK_WITHOUT_CONSTRUCTOR(
      "HookWithoutConstructor",
      "hook %s cannot be used for %s: %s."),
  HOOK_TYPE_MISMATCH(
      "HookTypeMismatch",
      "hook %s cannot be used for %s: %s."),
  UNIMPLEMENTABLE_HOOK_METHOD(
      "UnimplementableHookMethod",
      "hook %s cannot be used for %s: %s."),
  FINAL_HOOK_STEP(
      "FinalHookStep",
      "hook %s cannot be used for %s: %s."),

  WRAPPED_NOT_AN_INTERFACE(
      "WrappedNotAnInterface",
      "@TracedClient(wraps = %s) on %s: %s is %s, but a view can only wrap an interface. Wrap the"
          + " interface the library's clients implement (e.g. its service interface)."),
  VIEW_MUST_EXTEND_WRAPPED(
      "ViewMustExtendWrapped",
      "view %s must extend the type it wraps directly, and only that type: %s. Declare `interface"
          + " %s extends %s`."),
  VIEW_DECLARES_FOREIGN_METHOD(
      "ViewDeclaresForeignMethod",
      "view %s may only redeclare methods of %s: %s."),
  VIEW_CHANGES_RETURN_TYPE(
      "ViewChangesReturnType",
      "view method %s returns %s instead of %s: %s."),

  HOOK_SEES_FIRST_PARAMETER(
      "HookSeesFirstParameter",
      "%s \"%s\" reads parameter %s, but hook %s of %s receives only the first parameter (%s): its"
          + " other arguments go straight to the delegate. Read the value from %s, or drop the"
          + " custom hook."),
  UNSUPPORTED_RETURN_TYPE(
      "UnsupportedReturnType",
      "%s returns %s, which cannot be traced: %s."),
  UNOBSERVABLE_ASYNC_TYPE(
      "UnobservableAsyncType",
      "%s returns %s, a %s whose completion tracepoet cannot observe: its span would end when the"
          + " value is assembled, before any work happens. Declare a return adapter for it: a"
          + " class implementing dev.tracepoet.runtime.ResultAdapter<T, E> for that type, named in"
          + " @TracedEndpoint(adapter = ...) or @TracedClient(adapters = ...) (see README, \"Return"
          + " adapters\"); or return a CompletionStage or a"
          + " java.util.concurrent.Flow.Publisher (e.g. via the library's Flow adapter) instead."),
  INVALID_RESULT_ADAPTER(
      "InvalidResultAdapter",
      "%s cannot be used as the return adapter of %s: %s. An adapter is a public, non-abstract class"
          + " with a public no-argument constructor implementing dev.tracepoet.runtime.ResultAdapter<T, E>,"
          + " where T is the traced method's return type (see README, \"Return adapters\")."),
  WRAP_CLASH(
      "WrapClash",
      "%s has the signature of the static factory %s.wrap that tracepoet generates. Rename the"
          + " method."),
  WRAPPER_NAME_CLASH(
      "WrapperNameClash",
      "the wrapper %s would be generated for both %s and %s. Rename or move one of the two types."),
  UNRESOLVED_TYPE(
      "UnresolvedType",
      "no wrapper was generated for %s because type %s could not be resolved. If it is a generated"
          + " type, check above for compilation errors in the processor that generates it."),
  INTERNAL_ERROR(
      "InternalError",
      "tracepoet failed unexpectedly while processing %s; please report this with the source that"
          + " triggered it: %s");

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable ID, e.g. {@code UnknownRequestTag}. */
  String id() {
    return id;
  }

  /** The full text: {@code [tracepoet:Id] message}, ending with a full stop or question mark. */
  String format(Object... args) {
    String text = String.format(format, args).strip();
    if (!(text.endsWith(".") || text.endsWith("?") || text.endsWith("!"))) {
      text = text + ".";
    }
    return "[tracepoet:" + id + "] " + text;
  }

  /** {@code "an enum"}, {@code "a class"}: the word with its indefinite article. */
  static String withArticle(String word) {
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  /** A user-supplied string for a message, with control characters escaped. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\t':
          out.append("\\t");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
