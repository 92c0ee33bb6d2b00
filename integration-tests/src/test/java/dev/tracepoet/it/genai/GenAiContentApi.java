package dev.tracepoet.it.genai;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A user-written chat client whose request carries system instructions, tools and an integer top_k. */
@TracedClient(integration = "acme", genAiProvider = "anthropic")
public interface GenAiContentApi {

  @TracedEndpoint(name = "messages", genAiOperation = "chat", requestTags = {"model", "top_k"},
      systemInstructions = "system", toolDefinitions = "tools", prompt = "messages.content",
      completion = "text")
  Reply chat(Request request);

  /** Instructions as a list of texts, tools as names only. */
  @TracedEndpoint(name = "messages", genAiOperation = "chat", requestTags = "model",
      systemInstructions = "rules", toolDefinitions = "toolNames")
  Reply chatWithNames(Request request);

  /** The request. */
  record Request(String model, int topK, String system, List<String> rules, List<Message> messages,
      List<Tool> tools, List<String> toolNames) {}

  /** One message. */
  record Message(String role, String content) {}

  /** A tool, as a user's own type. */
  record Tool(String name, Optional<String> description, Map<String, Object> parameters) {}

  /** The reply. */
  record Reply(String text) {}
}
