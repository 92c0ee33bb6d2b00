package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** A fine-tune job: the response of create, retrieve and cancel, and an element of the list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTune(
    String id,
    String object,
    String model,
    long createdAt,
    long updatedAt,
    List<FineTuneEvent> events,
    String fineTunedModel,
    Hyperparams hyperparams,
    String organizationId,
    List<OpenAiFile> resultFiles,
    String status,
    List<OpenAiFile> trainingFiles,
    List<OpenAiFile> validationFiles,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** The hyperparameters; {@code batch_size} and the multiplier are chosen by the API when not set. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hyperparams(
      Integer batchSize, Double learningRateMultiplier, Integer nEpochs, Double promptLossWeight) {}
}
