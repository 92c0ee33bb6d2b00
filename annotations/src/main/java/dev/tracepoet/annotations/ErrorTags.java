package dev.tracepoet.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Attributes read from an exception that ends a traced call, used as a member value of {@link
 * TracedClient#errorTags()} (all endpoints of the client) and {@link TracedEndpoint#errorTags()}:
 *
 * <pre>{@code
 * @TracedClient(integration = "openai", wraps = ChatCompletionService.class,
 *     errorTags = @ErrorTags(type = OpenAIServiceException.class,
 *         tags = {"^http.response.status_code=statusCode", "code=code", "type=type"}))
 * }</pre>
 *
 * <p>When a call fails with an exception that is an instance of {@link #type()} (a synchronous
 * throw, a failed future, a failing stream, publisher or adapted result), each of {@link #tags()}
 * is read from it and recorded on the span. The entries use the syntax of {@link
 * TracedEndpoint#requestTags()} and are resolved at compile time against {@link #type()}'s
 * properties ({@code Optional} unwrapping, {@code "key=a|b"} alternatives, {@code "^key=path"}
 * absolute keys); the default key is {@code <integration>.error.<path>}. An entry keyed {@code
 * ^error.type} sets {@code error.type} on the span and the call metrics (instead of the
 * exception's class name). Declarations are checked in order, the endpoint's before the client's,
 * and every one that matches is applied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ErrorTags {

  /**
   * The exception type these tags are read from: a {@link Throwable} subtype (checked by the
   * processor, which reports {@code [tracepoet:ErrorTagsTypeNotThrowable]} otherwise).
   */
  Class<?> type();

  /** The attributes read from the exception; see the class documentation. */
  String[] tags();
}
