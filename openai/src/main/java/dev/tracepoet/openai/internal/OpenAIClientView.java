package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClient;
import com.openai.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link OpenAIClient}: the services tracepoet traces are deep-wrapped (the same SDK service
 * object gives the same traced wrapper, so {@code client.chat().completions()} allocates nothing
 * per call), and so are {@code withOptions(...)} and {@code async()}. Every other accessor ({@code
 * beta()}, {@code admin()}, {@code graders()}, {@code webhooks()} (on 4.52.0 signature checks only),
 * {@code withRawResponse()}, {@code close()}) is forwarded to the SDK's client unchanged (untraced).
 * Every service deep-wrapped here exists in SDK 4.52.0, the oldest supported; {@link
 * OpenAIClientLatestView} adds the newer ones ({@link ClientViews} picks one of the two).
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = OpenAIClient.class)
public interface OpenAIClientView extends OpenAIClient {

  @Override
  OpenAIClientView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  OpenAIClientAsyncView async();

  @Override
  ChatServiceView chat();

  @Override
  ResponseServiceView responses();

  @Override
  CompletionServiceView completions();

  @Override
  EmbeddingServiceView embeddings();

  @Override
  ModelServiceView models();

  @Override
  ModerationServiceView moderations();

  @Override
  ImageServiceView images();

  @Override
  FileServiceView files();

  @Override
  BatchServiceView batches();

  @Override
  AudioServiceView audio();

  @Override
  VectorStoreServiceView vectorStores();

  @Override
  UploadServiceView uploads();

  @Override
  FineTuningServiceView fineTuning();

  @Override
  ConversationServiceView conversations();

  @Override
  ContainerServiceView containers();

  @Override
  EvalServiceView evals();

  @Override
  ContentProvenanceCheckServiceView contentProvenanceChecks();

  @Override
  SkillServiceView skills();

  @Override
  VideoServiceView videos();

  @Override
  RealtimeServiceView realtime();
}
