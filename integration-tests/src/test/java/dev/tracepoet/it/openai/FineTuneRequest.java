package dev.tracepoet.it.openai;

import java.util.List;

/** The body of {@code POST /fine-tunes} (legacy fine-tunes). */
public record FineTuneRequest(
    String trainingFile,
    String validationFile,
    String model,
    Integer nEpochs,
    Integer batchSize,
    Double learningRateMultiplier,
    Double promptLossWeight,
    Boolean computeClassificationMetrics,
    Integer classificationNClasses,
    String classificationPositiveClass,
    List<Double> classificationBetas,
    String suffix) {}
