package dev.tracepoet.openai.internal;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.StreamedOutput;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chat completions content in the GenAI conventions' (v1.41.0) message shape, from the SDK's own
 * types: the request's history ({@code gen_ai.input.messages}, every role: {@code system}, {@code
 * developer}, {@code user}, {@code assistant}, {@code tool}; the deprecated {@code function} role as
 * {@code tool}), the choices ({@code gen_ai.output.messages}, one per choice with its finish
 * reason) and streamed chunks (folded into a {@link StreamedOutput}). Text parts are text, images,
 * audio and files blob placeholders with their size, assistant tool calls {@code tool_call} parts,
 * tool results {@code tool_call_response} parts. Each message is mapped on its own: one whose SDK
 * accessors throw is reported to {@code failures} and the others are still recorded.
 */
final class ChatMessagesMapper {
  private ChatMessagesMapper() {}

  /** {@code gen_ai.input.messages} of a request; null when it has no messages. */
  static String input(GenAiSettings settings, ChatCompletionCreateParams params, Consumer<Throwable> failures) {
    List<ChatCompletionMessageParam> history = params.messages();
    if (history.isEmpty()) {
      return null;
    }
    GenAiMessages messages = GenAiMessages.create(settings);
    for (ChatCompletionMessageParam message : history) {
      ContentParts.contained(failures, () -> message(messages, message));
    }
    return messages.isEmpty() ? null : messages.toJson();
  }

  private static void message(GenAiMessages messages, ChatCompletionMessageParam message) {
    if (message.isSystem()) {
      var content = message.asSystem().content();
      messages.message("system");
      texts(messages, content.text().orElse(null), content.arrayOfContentParts().orElse(null));
    } else if (message.isDeveloper()) {
      var content = message.asDeveloper().content();
      messages.message("developer");
      texts(messages, content.text().orElse(null), content.arrayOfContentParts().orElse(null));
    } else if (message.isUser()) {
      var content = message.asUser().content();
      messages.message("user");
      if (content.isText()) {
        messages.text(content.asText());
      } else {
        for (ChatCompletionContentPart part : content.arrayOfContentParts().orElse(List.of())) {
          userPart(messages, part);
        }
      }
    } else if (message.isAssistant()) {
      assistant(messages, message.asAssistant());
    } else if (message.isTool()) {
      var tool = message.asTool();
      var content = tool.content();
      messages.message("tool");
      messages.toolCallResponse(tool.toolCallId(), joined(content.text().orElse(null), content.arrayOfContentParts().orElse(null)));
    } else if (message.isFunction()) {
      var function = message.asFunction();
      messages.message("tool");
      messages.toolCallResponse(null, function.content().orElse(null));
    }
  }

  private static void userPart(GenAiMessages messages, ChatCompletionContentPart part) {
    if (part.isText()) {
      messages.text(part.asText().text());
    } else if (part.isImageUrl()) {
      ContentParts.blob(messages, "image", null, part.asImageUrl().imageUrl().url());
    } else if (part.isInputAudio()) {
      var audio = part.asInputAudio().inputAudio();
      ContentParts.blob(messages, "audio", ContentParts.audioMime(audio.format().asString()), audio.data());
    } else if (part.isFile()) {
      var file = part.asFile().file();
      ContentParts.blob(messages, "file", null, file.fileData().orElse(null));
    }
  }

  @SuppressWarnings("deprecation") // functionCall(): the deprecated single function call, still sent
  private static void assistant(GenAiMessages messages, ChatCompletionAssistantMessageParam assistant) {
    messages.message("assistant");
    assistant.content().ifPresent(content -> {
      if (content.isText()) {
        messages.text(content.asText());
      } else {
        for (var part : content.arrayOfContentParts().orElse(List.of())) {
          if (part.isText()) {
            messages.text(part.asText().text());
          } else if (part.isRefusal()) {
            messages.text(part.asRefusal().refusal());
          }
        }
      }
    });
    assistant.refusal().ifPresent(messages::text);
    for (ChatCompletionMessageToolCall call : assistant.toolCalls().orElse(List.of())) {
      toolCall(messages, call);
    }
    assistant.functionCall().ifPresent(call -> messages.toolCall(null, call.name(), call.arguments()));
  }

  private static void toolCall(GenAiMessages messages, ChatCompletionMessageToolCall call) {
    if (call.isFunction()) {
      var function = call.asFunction();
      messages.toolCall(function.id(), function.function().name(), function.function().arguments());
    } else if (call.isCustom()) {
      var custom = call.asCustom();
      messages.toolCall(custom.id(), custom.custom().name(), custom.custom().input());
    }
  }

  private static void texts(GenAiMessages messages, String text, List<ChatCompletionContentPartText> parts) {
    if (text != null) {
      messages.text(text);
    } else if (parts != null) {
      for (ChatCompletionContentPartText part : parts) {
        messages.text(part.text());
      }
    }
  }

  private static String joined(String text, List<ChatCompletionContentPartText> parts) {
    if (text != null || parts == null) {
      return text;
    }
    StringBuilder joined = new StringBuilder();
    for (ChatCompletionContentPartText part : parts) {
      joined.append(part.text());
    }
    return joined.toString();
  }

  /** {@code gen_ai.output.messages} of a completion: one assistant message per choice; null when none. */
  @SuppressWarnings("deprecation") // functionCall(): the deprecated single function call
  static String output(GenAiSettings settings, ChatCompletion completion, Consumer<Throwable> failures) {
    List<ChatCompletion.Choice> choices = completion.choices();
    if (choices.isEmpty()) {
      return null;
    }
    GenAiMessages messages = GenAiMessages.create(settings);
    for (ChatCompletion.Choice choice : choices) {
      ContentParts.contained(failures, () -> {
        ChatCompletionMessage message = choice.message();
        messages.message("assistant", choice._finishReason().asKnown().map(reason -> reason.asString()).orElse(null));
        message.content().ifPresent(messages::text);
        message.refusal().ifPresent(messages::text);
        message.audio().ifPresent(audio -> {
          messages.text(audio.transcript());
          ContentParts.blob(messages, "audio", null, audio.data());
        });
        for (ChatCompletionMessageToolCall call : message.toolCalls().orElse(List.of())) {
          toolCall(messages, call);
        }
        message.functionCall().ifPresent(call -> messages.toolCall(null, call.name(), call.arguments()));
      });
    }
    return messages.isEmpty() ? null : messages.toJson();
  }

  /** Folds one streamed chunk into {@code output}: roles, text and refusal deltas, tool-call fragments, finish reasons. */
  static void chunk(StreamedOutput output, ChatCompletionChunk chunk) {
    for (ChatCompletionChunk.Choice choice : chunk.choices()) {
      int index = (int) choice.index();
      ChatCompletionChunk.Choice.Delta delta = choice.delta();
      delta.role().ifPresent(role -> output.role(index, role.asString()));
      delta.content().ifPresent(text -> output.text(index, text));
      delta.refusal().ifPresent(text -> output.text(index, text));
      for (ChatCompletionChunk.Choice.Delta.ToolCall call : delta.toolCalls().orElse(List.of())) {
        var function = call.function();
        output.toolCall(
            index,
            (int) call.index(),
            call.id().orElse(null),
            function.flatMap(f -> f.name()).orElse(null),
            function.flatMap(f -> f.arguments()).orElse(null));
      }
      choice.finishReason().ifPresent(reason -> output.finishReason(index, reason.asString()));
    }
  }
}
