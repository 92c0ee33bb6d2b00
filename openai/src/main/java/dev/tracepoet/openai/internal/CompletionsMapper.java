package dev.tracepoet.openai.internal;

import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionChoice;
import com.openai.models.completions.CompletionCreateParams;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.StreamedOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Content of the legacy completions API (opt-in): the prompt as user text ({@code
 * gen_ai.input.messages}: one user message per prompt string; prompts given as token ids have no
 * text and are not recorded) and each choice's text as an assistant message with its finish reason
 * ({@code gen_ai.output.messages}), folded from the chunks for a stream. Finish reasons are read
 * through {@code _finishReason()}: a streamed choice has none until its last chunk, and the
 * required accessor would throw.
 */
final class CompletionsMapper {
  private CompletionsMapper() {}

  /** {@code gen_ai.input.messages} of a request; null when the prompt has no text. */
  static String input(GenAiSettings settings, CompletionCreateParams params) {
    CompletionCreateParams.Prompt prompt = params.prompt().orElse(null);
    if (prompt == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    prompt.string().ifPresent(texts::add);
    prompt.arrayOfStrings().ifPresent(texts::addAll);
    GenAiMessages messages = GenAiMessages.create(settings);
    for (String text : texts) {
      messages.message("user").text(text);
    }
    return messages.isEmpty() ? null : messages.toJson();
  }

  /** {@code gen_ai.output.messages} of a completion: one assistant message per choice; null when none. */
  static String output(GenAiSettings settings, Completion completion, Consumer<Throwable> failures) {
    List<CompletionChoice> choices = completion.choices();
    if (choices.isEmpty()) {
      return null;
    }
    GenAiMessages messages = GenAiMessages.create(settings);
    for (CompletionChoice choice : choices) {
      ContentParts.contained(failures, () -> {
        messages.message("assistant", finishReason(choice));
        choice._text().asKnown().ifPresent(messages::text);
      });
    }
    return messages.isEmpty() ? null : messages.toJson();
  }

  /** Folds one streamed completion into {@code output}: each choice's text delta and finish reason. */
  static void chunk(StreamedOutput output, Completion chunk) {
    for (CompletionChoice choice : chunk.choices()) {
      int index = (int) choice.index();
      choice._text().asKnown().ifPresent(text -> output.text(index, text));
      String reason = finishReason(choice);
      if (reason != null) {
        output.finishReason(index, reason);
      }
    }
  }

  /** The finish reasons of a completion's choices (none for the chunks before a choice ends). */
  static List<String> finishReasons(Completion completion) {
    List<String> reasons = null;
    for (CompletionChoice choice : completion.choices()) {
      String reason = finishReason(choice);
      if (reason != null) {
        if (reasons == null) {
          reasons = new ArrayList<>(1);
        }
        reasons.add(reason);
      }
    }
    return reasons;
  }

  private static String finishReason(CompletionChoice choice) {
    return choice._finishReason().asKnown().map(CompletionChoice.FinishReason::asString).orElse(null);
  }
}
