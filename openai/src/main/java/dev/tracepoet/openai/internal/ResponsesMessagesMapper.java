package dev.tracepoet.openai.internal;

import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionCallOutputItem;
import com.openai.models.responses.ResponseInputContent;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputMessage;
import com.openai.models.responses.ResponseStreamEvent;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.StreamedOutput;
import java.util.List;
import java.util.function.Consumer;

/**
 * Responses API content in the GenAI conventions' (v1.41.0) message shape, from the SDK's own types.
 *
 * <ul>
 *   <li>{@code instructions} → {@code gen_ai.system_instructions} (one text part);
 *   <li>{@code input} → {@code gen_ai.input.messages}: a string as one {@code user} message; items as
 *       messages — {@code message} items with their role ({@code user}, {@code system}, {@code
 *       developer}, {@code assistant}; images and files as blob placeholders), earlier output
 *       messages as {@code assistant}, {@code function_call} / {@code custom_tool_call} items as
 *       {@code assistant} tool calls, {@code function_call_output} / {@code custom_tool_call_output}
 *       as {@code tool} messages with a {@code tool_call_response} (consecutive calls, and
 *       consecutive outputs, share one message); other items (reasoning, hosted tool calls, item
 *       references) have no part type in the conventions' v1.41 runtime builder and are left out;
 *   <li>{@code output} → {@code gen_ai.output.messages}: one {@code assistant} message (text and
 *       refusal parts, tool calls) with the response's finish reason ({@link #finishReason}).
 * </ul>
 *
 * Each item is mapped on its own: one whose SDK accessors throw is reported to {@code failures}.
 */
final class ResponsesMessagesMapper {
  private ResponsesMessagesMapper() {}

  /** {@code gen_ai.system_instructions}; null without instructions. */
  static String instructions(GenAiSettings settings, ResponseCreateParams params) {
    String instructions = params.instructions().orElse(null);
    return instructions == null ? null : GenAiMessages.instructions(settings).text(instructions).toJson();
  }

  /** {@code gen_ai.input.messages}; null without input. */
  static String input(GenAiSettings settings, ResponseCreateParams params, Consumer<Throwable> failures) {
    ResponseCreateParams.Input input = params.input().orElse(null);
    if (input == null) {
      return null;
    }
    GenAiMessages messages = GenAiMessages.create(settings);
    if (input.isText()) {
      messages.message("user").text(input.asText());
    } else {
      String[] open = {null}; // the kind of the open message that consecutive items may share
      for (ResponseInputItem item : input.response().orElse(List.of())) {
        ContentParts.contained(failures, () -> open[0] = item(messages, item, open[0]));
      }
    }
    return messages.isEmpty() ? null : messages.toJson();
  }

  /** Maps one input item; returns the kind of message left open ({@code calls}, {@code outputs}) or null. */
  private static String item(GenAiMessages messages, ResponseInputItem item, String open) {
    if (item.isEasyInputMessage()) {
      var message = item.asEasyInputMessage();
      messages.message(message.role().asString());
      var content = message.content();
      if (content.isTextInput()) {
        messages.text(content.asTextInput());
      } else {
        contents(messages, content.responseInputMessageContentList().orElse(List.of()));
      }
    } else if (item.isMessage()) {
      var message = item.asMessage();
      messages.message(message.role().asString());
      contents(messages, message.content());
    } else if (item.isResponseOutputMessage()) {
      messages.message("assistant");
      outputMessage(messages, item.asResponseOutputMessage());
    } else if (item.isFunctionCall()) {
      var call = item.asFunctionCall();
      if (!"calls".equals(open)) {
        messages.message("assistant");
      }
      messages.toolCall(call.callId(), call.name(), call.arguments());
      return "calls";
    } else if (item.isCustomToolCall()) {
      var call = item.asCustomToolCall();
      if (!"calls".equals(open)) {
        messages.message("assistant");
      }
      messages.toolCall(call.callId(), call.name(), call.input());
      return "calls";
    } else if (item.isFunctionCallOutput()) {
      var output = item.asFunctionCallOutput();
      if (!"outputs".equals(open)) {
        messages.message("tool");
      }
      // _callId(): String in SDK 4.52, Optional<String> in 4.105 (binary-incompatible accessor)
      messages.toolCallResponse(output._callId().asKnown().orElse(null), functionOutput(output.output()));
      return "outputs";
    } else if (item.isCustomToolCallOutput()) {
      var output = item.asCustomToolCallOutput();
      if (!"outputs".equals(open)) {
        messages.message("tool");
      }
      messages.toolCallResponse(output.callId(), output.output().string().orElse(null));
      return "outputs";
    } else {
      return open;
    }
    return null;
  }

  private static void contents(GenAiMessages messages, List<ResponseInputContent> contents) {
    for (ResponseInputContent content : contents) {
      if (content.isInputText()) {
        messages.text(content.asInputText().text());
      } else if (content.isInputImage()) {
        ContentParts.blob(messages, "image", null, content.asInputImage().imageUrl().orElse(null));
      } else if (content.isInputFile()) {
        ContentParts.blob(messages, "file", null, content.asInputFile().fileData().orElse(null));
      }
    }
  }

  private static String functionOutput(ResponseInputItem.FunctionCallOutput.Output output) {
    if (output.isString()) {
      return output.asString();
    }
    StringBuilder text = new StringBuilder();
    for (ResponseFunctionCallOutputItem part : output.responseFunctionCallOutputItemList().orElse(List.of())) {
      part.inputText().ifPresent(t -> text.append(t.text()));
    }
    return text.toString();
  }

  private static void outputMessage(GenAiMessages messages, ResponseOutputMessage message) {
    for (ResponseOutputMessage.Content content : message.content()) {
      if (content.isOutputText()) {
        messages.text(content.asOutputText().text());
      } else if (content.isRefusal()) {
        messages.text(content.asRefusal().refusal());
      }
    }
  }

  /** {@code gen_ai.output.messages} of a response: one assistant message; null when it has no output. */
  static String output(GenAiSettings settings, Response response, Consumer<Throwable> failures) {
    List<ResponseOutputItem> output = response.output();
    if (output.isEmpty()) {
      return null;
    }
    GenAiMessages messages = GenAiMessages.create(settings).message("assistant", finishReason(response));
    for (ResponseOutputItem item : output) {
      ContentParts.contained(failures, () -> {
        if (item.isMessage()) {
          outputMessage(messages, item.asMessage());
        } else if (item.isFunctionCall()) {
          var call = item.asFunctionCall();
          messages.toolCall(call.callId(), call.name(), call.arguments());
        } else if (item.isCustomToolCall()) {
          var call = item.asCustomToolCall();
          messages.toolCall(call.callId(), call.name(), call.input());
        }
      });
    }
    return messages.toJson();
  }

  /**
   * The finish reason of a response, in the vocabulary chat completions use (the conventions'
   * {@code gen_ai.response.finish_reasons} examples): {@code completed} is {@code tool_calls} when
   * the output asks for a function or custom tool call, else {@code stop}; {@code incomplete} is
   * {@code length} for {@code max_output_tokens}, {@code content_filter} for that reason (another
   * reason as is); {@code failed} is {@code error}, {@code cancelled} {@code cancelled}; a response
   * still queued or in progress has none (null).
   */
  static String finishReason(Response response) {
    String status = response.status().map(s -> s.asString()).orElse(null);
    if (status == null) {
      return null;
    }
    switch (status) {
      case "completed":
        for (ResponseOutputItem item : response.output()) {
          if (item.isFunctionCall() || item.isCustomToolCall()) {
            return "tool_calls";
          }
        }
        return "stop";
      case "incomplete":
        String reason = response.incompleteDetails().flatMap(d -> d.reason()).map(r -> r.asString()).orElse(null);
        if ("max_output_tokens".equals(reason)) {
          return "length";
        }
        return reason == null ? "incomplete" : reason;
      case "failed":
        return "error";
      case "cancelled":
        return "cancelled";
      default:
        return null;
    }
  }

  /** The response a terminal stream event carries ({@code completed}, {@code incomplete}, {@code failed}); else null. */
  static Response terminal(ResponseStreamEvent event) {
    if (event.isCompleted()) {
      return event.asCompleted().response();
    }
    if (event.isIncomplete()) {
      return event.asIncomplete().response();
    }
    if (event.isFailed()) {
      return event.asFailed().response();
    }
    return null;
  }

  /**
   * Folds one stream event into {@code output} (all in choice 0, the response's one message): output
   * text and refusal deltas, function and custom tool calls (added items give id and name, argument
   * deltas are merged by output index), and the finish reason of a terminal event.
   */
  static void event(StreamedOutput output, ResponseStreamEvent event) {
    if (event.isOutputTextDelta()) {
      output.text(0, event.asOutputTextDelta().delta());
    } else if (event.isRefusalDelta()) {
      output.text(0, event.asRefusalDelta().delta());
    } else if (event.isOutputItemAdded()) {
      var added = event.asOutputItemAdded();
      ResponseOutputItem item = added.item();
      if (item.isFunctionCall()) {
        var call = item.asFunctionCall();
        output.toolCall(0, (int) added.outputIndex(), call.callId(), call.name(), call.arguments());
      } else if (item.isCustomToolCall()) {
        var call = item.asCustomToolCall();
        output.toolCall(0, (int) added.outputIndex(), call.callId(), call.name(), call.input());
      }
    } else if (event.isFunctionCallArgumentsDelta()) {
      var delta = event.asFunctionCallArgumentsDelta();
      output.toolCall(0, (int) delta.outputIndex(), null, null, delta.delta());
    } else if (event.isCustomToolCallInputDelta()) {
      var delta = event.asCustomToolCallInputDelta();
      output.toolCall(0, (int) delta.outputIndex(), null, null, delta.delta());
    } else {
      Response response = terminal(event);
      if (response != null) {
        output.finishReason(0, finishReason(response));
      }
    }
  }
}
