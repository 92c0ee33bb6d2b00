package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.models.batches.Batch;
import com.openai.models.batches.BatchCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImageModel;
import com.openai.models.images.ImagesResponse;
import com.openai.models.models.Model;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The untraced SDK's other operations against the fixtures. */
class OtherOperationsBaselineTest extends OpenAiFixtureTest {

  @Test
  void legacyCompletions() {
    Completion completion =
        client.completions()
            .create(
                CompletionCreateParams.builder()
                    .model(CompletionCreateParams.Model.GPT_3_5_TURBO_INSTRUCT)
                    .prompt("Define a trace.")
                    .maxTokens(16L)
                    .build())
            .validate();
    assertEquals(
        List.of("stop", "length"),
        completion.choices().stream().map(c -> c.finishReason().asString()).collect(Collectors.toList()));
    assertEquals(22, completion.usage().orElseThrow().totalTokens());
  }

  @Test
  void embeddingsAreAskedForInBase64ByDefaultAndDecoded() {
    EmbeddingCreateParams params =
        EmbeddingCreateParams.builder().model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL).input("span").dimensions(4L).build();
    CreateEmbeddingResponse base64 = client.embeddings().create(params).validate();
    assertTrue(server.last().body().contains("\"encoding_format\":\"base64\""), server.last().body());
    assertEquals(List.of(0.0125f, -0.25f, 0.5f, 1.0f), base64.data().get(0).embedding());

    CreateEmbeddingResponse floats =
        client.embeddings()
            .create(params.toBuilder().encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).build())
            .validate();
    assertEquals(base64.data().get(1).embedding(), floats.data().get(1).embedding());
    assertEquals(9, floats.usage().promptTokens());
  }

  @Test
  void models() {
    List<Model> models = client.models().list().data();
    assertEquals(3, models.size());
    models.forEach(Model::validate);
    assertEquals("system", client.models().retrieve("gpt-4o-mini").validate().ownedBy());
  }

  @Test
  void moderations() {
    ModerationCreateResponse moderation =
        client.moderations().create(ModerationCreateParams.builder().input("a fight scene").build()).validate();
    assertTrue(moderation.results().get(0).flagged());
    assertEquals("omni-moderation-latest", moderation.model());
  }

  @Test
  // 4.105.0 deprecates these model constants and seed(); users still send them, so do the fixtures
  @SuppressWarnings("deprecation")
  void images() {
    ImagesResponse images =
        client.images()
            .generate(ImageGenerateParams.builder().model(ImageModel.GPT_IMAGE_1).prompt("a span tree").build())
            .validate();
    assertEquals(1, images.data().orElseThrow().size());
    assertEquals(284, images.usage().orElseThrow().totalTokens());
  }

  @Test
  void filesAndBatches() {
    assertEquals(2, client.files().list().data().size());
    Batch created =
        client.batches()
            .create(
                BatchCreateParams.builder()
                    .inputFileId("file-3Hk9PqLm2Zx7Yt")
                    .endpoint(BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS)
                    .completionWindow(BatchCreateParams.CompletionWindow._24H)
                    .build())
            .validate();
    assertEquals("validating", created.status().asString());
    Batch done = client.batches().retrieve(created.id()).validate();
    assertEquals(3, done.requestCounts().orElseThrow().completed());
    assertEquals(1, client.batches().list().data().size());
  }
}
