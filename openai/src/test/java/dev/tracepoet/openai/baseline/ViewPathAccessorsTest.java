package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.errors.OpenAIServiceException;
import com.openai.models.batches.Batch;
import com.openai.models.batches.BatchRetrieveParams;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.conversations.ConversationRetrieveParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.ModelRetrieveParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The accessor chains the planned views (notes VIEWS.md) read exist, with the expected leaf type,
 * on the SDK of this run — so a path that would throw {@code NoSuchMethodError} on the oldest
 * supported SDK, or that a newer SDK renamed, fails here in both test runs before any view is
 * generated. Each {@code |} alternative is checked on its own (each is compiled into the view).
 * Resolution follows the SPEC's path rules: snake_case matches camelCase no-arg methods, {@code
 * Optional} is unwrapped, a segment after a {@code List} maps over its elements, {@code size} of a
 * list is its count.
 */
class ViewPathAccessorsTest {

  private static Class<?> resolve(Class<?> root, String path) {
    Type type = root;
    for (String segment : path.split("\\.")) {
      Class<?> raw = raw(type);
      while (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
        if (Collection.class.isAssignableFrom(raw) && segment.equals("size")) {
          return long.class;
        }
        type = argument(type);
        raw = raw(type);
      }
      Method method = accessor(raw, segment);
      if (method == null) {
        throw new AssertionError(root.getSimpleName() + ": no accessor " + segment + "() on " + raw.getName() + " in " + path);
      }
      type = method.getGenericReturnType();
    }
    Class<?> raw = raw(type);
    while (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
      type = argument(type);
      raw = raw(type);
    }
    return raw;
  }

  private static Method accessor(Class<?> type, String segment) {
    String camel = camel(segment);
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getName().equals(camel)) {
        return m;
      }
    }
    return null;
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new AssertionError("unexpected type " + type);
  }

  private static Type argument(Type type) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    throw new AssertionError("raw container type " + type);
  }

  /** Checks every alternative of {@code "key=a|b"} (or {@code "a|b"}) against {@code leaf}. */
  private static void check(List<String> failures, Class<?> root, Class<?> leaf, String entry) {
    String paths = entry.contains("=") ? entry.substring(entry.indexOf('=') + 1) : entry;
    for (String path : paths.split("\\|")) {
      try {
        Class<?> actual = resolve(root, path);
        if (!(leaf == Object.class || boxed(leaf).isAssignableFrom(boxed(actual)))) {
          failures.add(root.getSimpleName() + " " + path + ": " + actual.getName() + ", expected " + leaf.getName());
        }
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    }
  }

  private static Class<?> boxed(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return switch (c.getName().toLowerCase(Locale.ROOT)) {
      case "long", "int" -> Long.class;
      case "double", "float" -> Double.class;
      case "boolean" -> Boolean.class;
      default -> c;
    };
  }

  @Test
  void thePlannedRequestAndResponsePathsResolveOnThisSdk() {
    List<String> failures = new ArrayList<>();
    // chat completions
    check(failures, ChatCompletionCreateParams.class, String.class, "model.as_string");
    check(failures, ChatCompletionCreateParams.class, Long.class, "max_completion_tokens|max_tokens|n|seed");
    check(failures, ChatCompletionCreateParams.class, Double.class, "temperature|top_p|frequency_penalty|presence_penalty");
    check(failures, ChatCompletionCreateParams.class, String.class, "stop.strings|stop.string|service_tier.as_string");
    check(failures, ChatCompletionCreateParams.class, Object.class, "messages|tools|response_format|stream_options.include_usage");
    check(failures, ChatCompletion.class, String.class, "id|model|choices.finish_reason.as_string|system_fingerprint|service_tier.as_string");
    check(failures, ChatCompletion.class, Long.class, "usage.prompt_tokens|usage.completion_tokens|usage.total_tokens");
    check(
        failures,
        ChatCompletion.class,
        Long.class,
        "usage.prompt_tokens_details.cached_tokens|usage.prompt_tokens_details.cache_write_tokens"
            + "|usage.completion_tokens_details.reasoning_tokens|choices.size");
    check(failures, ChatCompletion.class, Object.class, "choices.message.content|choices.message.tool_calls|choices.message.refusal");
    check(failures, ChatCompletionChunk.class, String.class, "id|model|choices.finish_reason.as_string|choices.delta.content");
    check(failures, ChatCompletionChunk.class, Long.class, "usage.total_tokens|choices.delta.tool_calls.index");
    // responses
    check(failures, ResponseCreateParams.class, String.class, "model.string|model.chat.as_string|model.only.as_string");
    check(failures, ResponseCreateParams.class, String.class, "instructions|previous_response_id|input.text");
    check(failures, ResponseCreateParams.class, String.class, "conversation.id|conversation.response_conversation_param.id");
    check(failures, ResponseCreateParams.class, Long.class, "max_output_tokens");
    check(failures, ResponseCreateParams.class, Double.class, "temperature|top_p");
    check(failures, Response.class, String.class, "id|model.string|model.chat.as_string|model.only.as_string|status.as_string");
    check(
        failures,
        Response.class,
        Long.class,
        "usage.input_tokens|usage.output_tokens|usage.total_tokens|usage.input_tokens_details.cached_tokens"
            + "|usage.input_tokens_details.cache_write_tokens|usage.output_tokens_details.reasoning_tokens");
    // completions, embeddings
    check(failures, CompletionCreateParams.class, String.class, "model.as_string|stop.strings|stop.string|prompt.string|prompt.array_of_strings");
    check(failures, Completion.class, String.class, "id|model|choices.finish_reason.as_string|choices.text");
    check(failures, EmbeddingCreateParams.class, String.class, "model.as_string|encoding_format.as_string|input.string|input.array_of_strings");
    check(failures, EmbeddingCreateParams.class, Long.class, "dimensions");
    check(failures, CreateEmbeddingResponse.class, Long.class, "usage.prompt_tokens|usage.total_tokens|data.size");
    // other services: ids inside the params
    check(failures, ModelRetrieveParams.class, String.class, "model");
    check(failures, BatchRetrieveParams.class, String.class, "batch_id");
    check(failures, ConversationRetrieveParams.class, String.class, "conversation_id");
    check(failures, Batch.class, String.class, "id|status.as_string");
    // error tags
    check(failures, OpenAIServiceException.class, Long.class, "status_code");
    check(failures, OpenAIServiceException.class, String.class, "code|type|param");
    assertEquals(List.of(), failures);
  }

  @Test
  void theResolverRejectsWhatDoesNotExist() {
    List<String> failures = new ArrayList<>();
    check(failures, ChatCompletionCreateParams.class, String.class, "model.as_string|modle|stop.nothing");
    check(failures, ChatCompletion.class, String.class, "usage.total_tokens");
    assertEquals(3, failures.size(), failures.toString());
    assertTrue(failures.get(0).contains("modle"), failures.toString());
  }
}
