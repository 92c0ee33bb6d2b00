package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ObjectMappers;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.ImageBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageParam;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUnion;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.TracepoetAttributes;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content capture (opt-in; callers check {@code capturesContent(span)}) for the Messages API, as
 * the GenAI conventions v1.41.0 place it: {@code system} → {@code gen_ai.system_instructions}; the
 * {@code messages} → {@code gen_ai.input.messages} with their roles and parts (text, {@code
 * tool_use} → {@code tool_call}, {@code tool_result} → {@code tool_call_response}, {@code thinking}
 * → {@code reasoning}, images and documents → a {@code blob} placeholder with MIME type and size,
 * never the bytes); the response's content blocks → {@code gen_ai.output.messages} with the stop
 * reason; the tool definitions → {@code gen_ai.tool.definitions} (name, description, input schema).
 */
final class AnthropicContent {
  private AnthropicContent() {}

  static void input(Span span, MessageCreateParams params, GenAiSettings settings) {
    params.system().ifPresent(system -> {
      GenAiMessages instructions = GenAiMessages.instructions(settings);
      system.string().ifPresent(instructions::text);
      system.textBlockParams().ifPresent(blocks -> blocks.forEach(block -> instructions.text(block.text())));
      if (!instructions.isEmpty()) {
        span.setAttribute(TracepoetAttributes.GEN_AI_SYSTEM_INSTRUCTIONS, instructions.toJson());
      }
    });
    GenAiMessages messages = GenAiMessages.create(settings);
    for (MessageParam message : params.messages()) {
      messages.message(message.role().asString());
      content(messages, message);
    }
    if (!messages.isEmpty()) {
      span.setAttribute(TracepoetAttributes.GEN_AI_INPUT_MESSAGES, messages.toJson());
    }
    params.tools().ifPresent(tools -> {
      String json = toolDefinitions(tools);
      if (json != null) {
        span.setAttribute(TracepoetAttributes.GEN_AI_TOOL_DEFINITIONS, json);
      }
    });
  }

  /**
   * The message's content, read from its JSON form: the content accessor's type differs between
   * the SDK versions supported ({@code MessageParam.Content} in 2.x, {@code MessageContentParam}
   * in 3.x), the JSON ({@code "content": "text"} or an array of blocks) and {@link
   * ContentBlockParam} do not.
   */
  private static void content(GenAiMessages messages, MessageParam message) {
    JsonNode content = ObjectMappers.jsonMapper().valueToTree(message).get("content");
    if (content == null) {
      return;
    }
    if (content.isTextual()) {
      messages.text(content.asText());
    } else if (content.isArray()) {
      for (JsonNode block : content) {
        part(messages, ObjectMappers.jsonMapper().convertValue(block, ContentBlockParam.class));
      }
    }
  }

  private static void part(GenAiMessages messages, ContentBlockParam block) {
    block.text().ifPresent(text -> messages.text(text.text()));
    block.thinking().ifPresent(thinking -> messages.reasoning(thinking.thinking()));
    block.toolUse().ifPresent(use -> messages.toolCall(use.id(), use.name(), input(use)));
    block.toolResult().ifPresent(result -> messages.toolCallResponse(result.toolUseId(), toolResult(result)));
    block.image().ifPresent(image -> image(messages, image));
    block.document().ifPresent(document -> messages.blob("document", null, 0));
  }

  private static void image(GenAiMessages messages, ImageBlockParam image) {
    ImageBlockParam.Source source = image.source();
    if (source.base64().isPresent()) {
      String data = source.base64().get().data();
      messages.blob("image", source.base64().get().mediaType().asString(), (long) data.length() * 3 / 4);
    } else {
      messages.blob("image", null, 0); // a URL: nothing to size, the URL itself is not content
    }
  }

  private static String toolResult(ToolResultBlockParam result) {
    if (result.content().isEmpty()) {
      return null;
    }
    ToolResultBlockParam.Content content = result.content().get();
    if (content.string().isPresent()) {
      return content.string().get();
    }
    StringBuilder text = new StringBuilder();
    content.blocks().ifPresent(blocks -> blocks.forEach(b -> b.text().map(TextBlockParam::text).ifPresent(t -> {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(t);
    })));
    return text.toString();
  }

  static void output(Span span, Message message, GenAiSettings settings) {
    GenAiMessages messages = GenAiMessages.create(settings);
    messages.message("assistant", message.stopReason().map(r -> r.asString()).orElse(null));
    for (ContentBlock block : message.content()) {
      block.text().ifPresent(text -> messages.text(text.text()));
      block.thinking().ifPresent(thinking -> messages.reasoning(thinking.thinking()));
      block.toolUse().ifPresent(use -> messages.toolCall(use.id(), use.name(), input(use)));
    }
    span.setAttribute(TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, messages.toJson());
  }

  /** {@code [{"type":"function","name":...,"description":...,"parameters":{...}}]}; server tools by name. */
  private static String toolDefinitions(List<ToolUnion> tools) {
    List<Map<String, Object>> definitions = new ArrayList<>();
    for (ToolUnion union : tools) {
      Map<String, Object> definition = new LinkedHashMap<>();
      definition.put("type", "function");
      if (union.tool().isPresent()) {
        Tool tool = union.tool().get();
        definition.put("name", tool.name());
        tool.description().ifPresent(d -> definition.put("description", d));
        definition.put("parameters", tool._inputSchema());
      } else {
        definition.put("name", serverToolName(union));
      }
      definitions.add(definition);
    }
    try {
      return ObjectMappers.jsonMapper().writeValueAsString(definitions);
    } catch (Exception e) {
      return null;
    }
  }

  private static String serverToolName(ToolUnion union) {
    return union.bash20250124().map(t -> "bash")
        .or(() -> union.webSearchTool20250305().map(t -> "web_search"))
        .orElse("text_editor");
  }

  /**
   * The {@code input} (tool-call arguments) of a {@code tool_use} block as JSON text, read from the
   * block's own JSON form: the typed accessor {@code _input()} changed its return type within 2.x
   * ({@code JsonValue} in 2.2.0, {@code JsonField<Input>} in 2.10.0), so no one call links on both.
   */
  static String input(Object toolUse) {
    try {
      JsonNode input = ObjectMappers.jsonMapper().valueToTree(toolUse).get("input");
      return input == null ? null : ObjectMappers.jsonMapper().writeValueAsString(input);
    } catch (Exception e) {
      return null;
    }
  }
}
