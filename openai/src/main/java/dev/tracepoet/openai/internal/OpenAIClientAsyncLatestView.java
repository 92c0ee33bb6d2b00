package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClientAsync;
import com.openai.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * The view {@code OpenAiTracing} uses when the SDK has every service that appeared after 4.52.0
 * ({@link ClientViews#latest()}, true on 4.105.0): {@link OpenAIClientAsyncView} plus {@code decisions()},
 * {@code safety()}, {@code live()}, {@code webhooks()} (endpoint management) and the newer forms of
 * {@code audio()} (voices, voice consents) and {@code realtime()} (call creation, translations).
 * This class and the views it reaches name SDK classes older SDKs lack: nothing loads them unless
 * {@link ClientViews#latest()} is true.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = OpenAIClientAsync.class)
public interface OpenAIClientAsyncLatestView extends OpenAIClientAsync {

  @Override
  OpenAIClientAsyncLatestView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  OpenAIClientLatestView sync();

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
  AudioServiceLatestAsyncView audio();

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
  RealtimeServiceLatestAsyncView realtime();

  @Override
  DecisionServiceAsyncView decisions();

  @Override
  SafetyServiceAsyncView safety();

  @Override
  LiveServiceAsyncView live();

  @Override
  WebhookServiceAsyncView webhooks();
}
