package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClientAsync;
import com.openai.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link OpenAIClientAsync}: mirror of {@link OpenAIClientView}; {@code sync()} gives the
 * traced blocking client; the same services are traced as on the blocking client ({@link
 * OpenAIClientAsyncLatestView} is the form with the newer services).
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = OpenAIClientAsync.class)
public interface OpenAIClientAsyncView extends OpenAIClientAsync {

  @Override
  OpenAIClientAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  OpenAIClientView sync();

  @Override
  ChatServiceAsyncView chat();

  @Override
  ResponseServiceAsyncView responses();

  @Override
  CompletionServiceAsyncView completions();

  @Override
  EmbeddingServiceAsyncView embeddings();

  @Override
  ModelServiceAsyncView models();

  @Override
  ModerationServiceAsyncView moderations();

  @Override
  ImageServiceAsyncView images();

  @Override
  FileServiceAsyncView files();

  @Override
  BatchServiceAsyncView batches();

  @Override
  AudioServiceAsyncView audio();

  @Override
  VectorStoreServiceAsyncView vectorStores();

  @Override
  UploadServiceAsyncView uploads();

  @Override
  FineTuningServiceAsyncView fineTuning();

  @Override
  ConversationServiceAsyncView conversations();

  @Override
  ContainerServiceAsyncView containers();

  @Override
  EvalServiceAsyncView evals();

  @Override
  ContentProvenanceCheckServiceAsyncView contentProvenanceChecks();

  @Override
  SkillServiceAsyncView skills();

  @Override
  VideoServiceAsyncView videos();

  @Override
  RealtimeServiceAsyncView realtime();
}
