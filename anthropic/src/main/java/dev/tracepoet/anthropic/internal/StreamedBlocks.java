package dev.tracepoet.anthropic.internal;

import com.anthropic.models.messages.RawContentBlockDelta;
import com.anthropic.models.messages.RawContentBlockStartEvent;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The streamed content of one Messages call, merged per content block index from {@code
 * content_block_start} / {@code content_block_delta} events (text, thinking, tool-use input JSON
 * fragments), each block bounded by the content part limit (+1 so that {@link GenAiMessages}
 * marks it truncated): O(n) in what is kept. Kept on the call's {@link MessageStreamFold}; only
 * created when content is captured.
 */
final class StreamedBlocks {
  private static final int TEXT = 0;
  private static final int THINKING = 1;
  private static final int TOOL = 2;

  private final GenAiSettings settings;
  private final int limit;
  private final List<Block> blocks = new ArrayList<>();

  private static final class Block {
    int kind = TEXT;
    String id;
    String name;
    final StringBuilder text = new StringBuilder();
  }

  private StreamedBlocks(GenAiSettings settings) {
    this.settings = settings;
    this.limit = settings.contentPartLimit() + 1;
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
    event.contentBlockDelta().ifPresent(delta -> delta(block((int) delta.index()), delta.delta()));
  }

  private void start(RawContentBlockStartEvent start) {
    Block block = block((int) start.index());
    RawContentBlockStartEvent.ContentBlock content = start.contentBlock();
    content.text().ifPresent(text -> append(block, text.text()));
    content.thinking().ifPresent(thinking -> {
      block.kind = THINKING;
      append(block, thinking.thinking());
    });
    content.toolUse().ifPresent(use -> {
      block.kind = TOOL;
      block.id = use.id();
      block.name = use.name();
    });
  }

  private void delta(Block block, RawContentBlockDelta delta) {
    delta.text().ifPresent(text -> append(block, text.text()));
    delta.thinking().ifPresent(thinking -> append(block, thinking.thinking()));
    delta.inputJson().ifPresent(json -> append(block, json.partialJson()));
  }

  private Block block(int index) {
    if (index < 0 || index > 1024) {
      index = blocks.size(); // not a sane index: a new block
    }
    while (blocks.size() <= index) {
      blocks.add(new Block());
    }
    return blocks.get(index);
  }

  private void append(Block block, String text) {
    if (text == null) {
      return;
    }
    int room = limit - block.text.length();
    if (room > 0) {
      block.text.append(text, 0, Math.min(room, text.length()));
    }
  }

  /** One assistant message with the blocks as parts and {@code finishReason}. */
  String toJson(String finishReason) {
    GenAiMessages messages = GenAiMessages.create(settings);
    messages.message("assistant", finishReason);
    for (Block block : blocks) {
      switch (block.kind) {
        case THINKING -> messages.reasoning(block.text);
        case TOOL -> messages.toolCall(block.id, block.name, block.text.length() == 0 ? "{}" : block.text);
        default -> messages.text(block.text);
      }
    }
    return messages.toJson();
  }
}
