package dev.tracepoet.anthropic.internal;

import com.anthropic.models.messages.RawContentBlockDelta;
import com.anthropic.models.messages.RawContentBlockStartEvent;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.StreamedOutput;
import java.util.HashMap;
import java.util.Map;

/**
 * The streamed content of one Messages call, from {@code content_block_start} / {@code
 * content_block_delta} events: text deltas and tool-use blocks (id, name, {@code input_json_delta}
 * fragments merged by block index) go to the runtime's {@link StreamedOutput} (one choice, O(n),
 * bounded by the content limits); {@code thinking} deltas, which {@code StreamedOutput} has no part
 * for, are kept here, bounded the same way, and written as a {@code reasoning} part after them.
 * Kept on the call's {@link MessageStreamFold}; only created when content is captured.
 */
final class StreamedBlocks {
  private final StreamedOutput output;
  private final int thinkingLimit;
  private final Map<Integer, Boolean> toolBlocks = new HashMap<>();
  private StringBuilder thinking;

  private StreamedBlocks(GenAiSettings settings) {
    this.output = StreamedOutput.create(settings);
    this.thinkingLimit = settings.contentPartLimit() + StreamedOutput.REDACTION_MARGIN;
  }

  /** The fold's blocks, created on first use. */
  static StreamedBlocks of(MessageStreamFold fold, GenAiSettings settings) {
    if (!(fold.content instanceof StreamedBlocks)) {
      fold.content = new StreamedBlocks(settings);
    }
    return (StreamedBlocks) fold.content;
  }

  void add(RawMessageStreamEvent event) {
    if (event == null) {
      return;
    }
    event.contentBlockStart().ifPresent(this::start);
    event.contentBlockDelta().ifPresent(delta -> delta((int) delta.index(), delta.delta()));
  }

  private void start(RawContentBlockStartEvent start) {
    int index = (int) start.index();
    RawContentBlockStartEvent.ContentBlock content = start.contentBlock();
    content.text().ifPresent(text -> output.text(0, text.text()));
    content.thinking().ifPresent(block -> thinking(block.thinking()));
    content.toolUse().ifPresent(use -> {
      toolBlocks.put(index, Boolean.TRUE);
      output.toolCall(0, index, use.id(), use.name(), null);
    });
  }

  private void delta(int index, RawContentBlockDelta delta) {
    delta.text().ifPresent(text -> output.text(0, text.text()));
    delta.thinking().ifPresent(block -> thinking(block.thinking()));
    delta.inputJson().ifPresent(json -> {
      if (toolBlocks.containsKey(index)) {
        output.toolCall(0, index, null, null, json.partialJson());
      }
    });
  }

  private void thinking(String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    if (thinking == null) {
      thinking = new StringBuilder();
    }
    int room = thinkingLimit - thinking.length();
    if (room > 0) {
      thinking.append(text, 0, Math.min(room, text.length()));
    }
  }

  /** One assistant message with the blocks as parts and {@code finishReason}. */
  String toJson(String finishReason) {
    output.finishReason(0, finishReason);
    GenAiMessages messages = output.toMessages();
    if (messages.isEmpty()) {
      messages.message("assistant", finishReason); // nothing streamed: an empty assistant message
    }
    if (thinking != null) {
      messages.reasoning(thinking);
    }
    return messages.toJson();
  }
}
