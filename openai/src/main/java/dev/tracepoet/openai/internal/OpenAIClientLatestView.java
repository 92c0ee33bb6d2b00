package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClient;
import com.openai.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * The view {@code OpenAiTracing} uses when the SDK has every service that appeared after 4.52.0
 * ({@link ClientViews#latest()}, true on 4.105.0): {@link OpenAIClientView} plus {@code decisions()},
 * {@code safety()}, {@code live()}, {@code webhooks()} (endpoint management) and the newer forms of
 * {@code audio()} (voices, voice consents) and {@code realtime()} (call creation, translations).
 * This class and the views it reaches name SDK classes older SDKs lack: nothing loads them unless
 * {@link ClientViews#latest()} is true.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = OpenAIClient.class)
public interface OpenAIClientLatestView extends OpenAIClient {

  @Override
  OpenAIClientLatestView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  OpenAIClientAsyncLatestView async();

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
  AudioServiceLatestView audio();

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
  RealtimeServiceLatestView realtime();

  @Override
  DecisionServiceView decisions();

  @Override
  SafetyServiceView safety();

  @Override
  LiveServiceView live();

  @Override
  WebhookServiceView webhooks();
}
