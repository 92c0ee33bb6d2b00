package dev.tracepoet.openai.internal;

/**
 * The tag entries the OpenAI views share, one constant per entry, so that a sync view and its async
 * twin (and services with the same shapes) name each attribute once. Annotation members take only
 * compile-time constants and no array constants, so a view lists these per endpoint, e.g. {@code
 * responseTags = {ID, STATUS}}. Keys are relative ({@code openai.request.<key>} / {@code
 * openai.response.<key>}, or the GenAI key the runtime maps them to) unless they start with {@code ^}.
 */
final class OpenAiTags {

  /** The returned object's id. */
  static final String ID = "id";

  /** An enum-like status. */
  static final String STATUS = "status=status.as_string";

  /** A status the SDK types as a plain string. */
  static final String STATUS_TEXT = "status";

  /** The number of items on a list page. */
  static final String COUNT = "count=data.size";

  /** Whether a list has a next page. */
  static final String HAS_MORE = "has_more";

  /** The delete confirmation. */
  static final String DELETED = "deleted";

  /** A list request's page size. */
  static final String LIMIT = "limit=params.limit";

  /** The HTTP status of a raw response. */
  static final String STATUS_CODE = "status_code";

  /** A request's model (an enum-like or string union). */
  static final String MODEL = "model=params.model.as_string";

  /** A request's model given as a plain string. */
  static final String MODEL_NAME = "model=params.model";

  /** The model the API answered with. */
  static final String RESPONSE_MODEL = "model";

  /** A model's owner. */
  static final String OWNED_BY = "owned_by";

  /** A file's or upload's size in bytes. */
  static final String BYTES = "bytes";

  /** A file's purpose (enum-like). */
  static final String PURPOSE = "purpose=purpose.as_string";

  /** An upload's purpose (a string). */
  static final String PURPOSE_TEXT = "purpose";

  /** The purpose a request asks for. */
  static final String REQUEST_PURPOSE = "purpose=params.purpose.as_string";

  /** The purpose a list request filters by. */
  static final String LIST_PURPOSE = "purpose=params.purpose";

  /** The file a request names. */
  static final String FILE_ID = "file_id=params.file_id";

  /** The batch a request names. */
  static final String BATCH_ID = "batch_id=params.batch_id";

  /** The endpoint a batch runs. */
  static final String BATCH_ENDPOINT = "batch_endpoint=params.endpoint.as_string";

  /** A batch's input file. */
  static final String INPUT_FILE_ID = "input_file_id=params.input_file_id";

  /** A batch's window. */
  static final String COMPLETION_WINDOW = "completion_window=params.completion_window.as_string";

  /** A batch's request count. */
  static final String REQUEST_COUNTS_TOTAL = "request_counts.total";

  /** A batch's completed requests. */
  static final String REQUEST_COUNTS_COMPLETED = "request_counts.completed";

  /** A batch's failed requests. */
  static final String REQUEST_COUNTS_FAILED = "request_counts.failed";

  /** How many outputs a request asks for. */
  static final String N = "n=params.n";

  /** The image size asked for. */
  static final String IMAGE_SIZE = "size=params.size.as_string";

  /** The image quality asked for. */
  static final String IMAGE_QUALITY = "quality=params.quality.as_string";

  /** The images' format. */
  static final String OUTPUT_FORMAT = "output_format=output_format.as_string";

  /** How many moderation results. */
  static final String RESULTS_COUNT = "results_count=results.size";

  /** Each moderation result's verdict. */
  static final String FLAGGED = "flagged=results.flagged";

  /** A completion's token limit. */
  static final String MAX_TOKENS = "max_tokens=params.max_tokens";

  /** Sampling temperature. */
  static final String TEMPERATURE = "temperature=params.temperature";

  /** Nucleus sampling. */
  static final String TOP_P = "top_p=params.top_p";

  /** The sampling seed. */
  static final String SEED = "seed=params.seed";

  /** Frequency penalty. */
  static final String FREQUENCY_PENALTY = "frequency_penalty=params.frequency_penalty";

  /** Presence penalty. */
  static final String PRESENCE_PENALTY = "presence_penalty=params.presence_penalty";

  /** A single stop sequence. */
  static final String STOP = "stop=params.stop.string";

  /** A chat request's token limit. */
  static final String MAX_COMPLETION_TOKENS = "max_tokens=params.max_completion_tokens";

  /** A Responses request's token limit. */
  static final String MAX_OUTPUT_TOKENS = "max_tokens=params.max_output_tokens";

  /** The service tier a request asks for. */
  static final String REQUEST_SERVICE_TIER = "service_tier=params.service_tier.as_string";

  /** The service tier the API answered with. */
  static final String SERVICE_TIER = "service_tier=service_tier.as_string";

  /** A reasoning model's effort. */
  static final String REASONING_EFFORT = "reasoning_effort=params.reasoning_effort.as_string";

  /** The response a Responses request continues. */
  static final String PREVIOUS_RESPONSE_ID = "previous_response_id=params.previous_response_id";

  /** The conversation a Responses request belongs to (given by id). */
  static final String REQUEST_CONVERSATION_ID = "conversation_id=params.conversation.id";

  /** The stored chat completion a request names. */
  static final String COMPLETION_ID = "completion_id=params.completion_id";

  /** The response a request names. */
  static final String RESPONSE_ID_PARAM = "response_id=params.response_id";

  /** Where a resumed Responses stream starts (the last event's sequence number seen). */
  static final String STARTING_AFTER = "starting_after=params.starting_after";

  /**
   * The response's id, read from a Responses stream's last event: {@code response.completed}, or
   * {@code response.incomplete} / {@code response.failed}, which carry the response too.
   */
  static final String COMPLETED_RESPONSE_ID = "id=completed.response.id|incomplete.response.id|failed.response.id";

  /** The response's status, read from a Responses stream's last event (see {@link #COMPLETED_RESPONSE_ID}). */
  static final String COMPLETED_RESPONSE_STATUS =
      "status=completed.response.status.as_string|incomplete.response.status.as_string|failed.response.status.as_string";

  /** The error code of a Responses stream that ended with {@code response.failed}. */
  static final String FAILED_RESPONSE_ERROR_CODE = "error.code=failed.response.error.code.as_string";

  /** Why a Responses stream ended with {@code response.incomplete} (e.g. {@code max_output_tokens}). */
  static final String INCOMPLETE_RESPONSE_REASON = "incomplete_reason=incomplete.response.incomplete_details.reason.as_string";

  /** Each choice's finish reason. */
  static final String FINISH_REASONS = "finish_reasons=choices.finish_reason.as_string";

  /** The backend configuration. */
  static final String SYSTEM_FINGERPRINT = "system_fingerprint";

  /** Embedding dimensions. */
  static final String DIMENSIONS = "dimensions=params.dimensions";

  /** Embedding encoding. */
  static final String ENCODING_FORMAT = "encoding_format=params.encoding_format.as_string";

  /** The audio's language given by the caller. */
  static final String LANGUAGE = "language=params.language";

  /** The output format asked for. */
  static final String RESPONSE_FORMAT = "response_format=params.response_format.as_string";

  /** The built-in voice asked for (a custom voice is not recorded). */
  static final String VOICE = "voice=params.voice.union_member1.as_string";

  /** Speech speed. */
  static final String SPEED = "speed=params.speed";

  /** The vector store a request names. */
  static final String VECTOR_STORE_ID = "vector_store_id=params.vector_store_id";

  /** The vector store an object belongs to. */
  static final String RESPONSE_VECTOR_STORE_ID = "vector_store_id";

  /** Files in a vector store or batch. */
  static final String FILE_COUNTS_TOTAL = "file_counts.total";

  /** Files processed. */
  static final String FILE_COUNTS_COMPLETED = "file_counts.completed";

  /** Files that failed. */
  static final String FILE_COUNTS_FAILED = "file_counts.failed";

  /** Files in progress. */
  static final String FILE_COUNTS_IN_PROGRESS = "file_counts.in_progress";

  /** Storage used. */
  static final String USAGE_BYTES = "usage_bytes";

  /** A search's result limit. */
  static final String MAX_NUM_RESULTS = "max_num_results=params.max_num_results";

  /** Whether a search rewrites the query. */
  static final String REWRITE_QUERY = "rewrite_query=params.rewrite_query";

  /** How many files a batch adds. */
  static final String FILE_IDS_COUNT = "file_ids_count=params.file_ids.size";

  /** The upload a request names. */
  static final String UPLOAD_ID = "upload_id=params.upload_id";

  /** An upload's announced size. */
  static final String UPLOAD_BYTES = "bytes=params.bytes";

  /** An upload's MIME type. */
  static final String MIME_TYPE = "mime_type=params.mime_type";

  /** How many parts complete an upload. */
  static final String PART_IDS_COUNT = "part_ids_count=params.part_ids.size";

  /** The upload a part belongs to. */
  static final String RESPONSE_UPLOAD_ID = "upload_id";

  /** The job a request names. */
  static final String FINE_TUNING_JOB_ID = "fine_tuning_job_id=params.fine_tuning_job_id";

  /** The model a job produced. */
  static final String FINE_TUNED_MODEL = "fine_tuned_model";

  /** Tokens a job trained on. */
  static final String TRAINED_TOKENS = "trained_tokens";

  /** A job's training file. */
  static final String TRAINING_FILE = "training_file=params.training_file";

  /** The conversation a request names (GenAI key). */
  static final String CONVERSATION_ID = "^gen_ai.conversation.id=params.conversation_id";

  /** A created conversation's id (GenAI key). */
  static final String RESPONSE_CONVERSATION_ID = "^gen_ai.conversation.id=id";

  /** The conversation item a request names. */
  static final String ITEM_ID = "item_id=params.item_id";

  /** How many items a request adds. */
  static final String ITEMS_COUNT = "items_count=params.items.size";

  /** The container a request names. */
  static final String CONTAINER_ID = "container_id=params.container_id";

  /** The container a file belongs to. */
  static final String RESPONSE_CONTAINER_ID = "container_id";

  /** The eval a request names. */
  static final String EVAL_ID = "eval_id=params.eval_id";

  /** The eval run a request names. */
  static final String RUN_ID = "run_id=params.run_id";

  /** The output item a request names. */
  static final String OUTPUT_ITEM_ID = "output_item_id=params.output_item_id";

  /** The eval a run belongs to. */
  static final String RESPONSE_EVAL_ID = "eval_id";

  /** An eval run's results. */
  static final String RESULT_COUNTS_TOTAL = "result_counts.total";

  /** Results that passed. */
  static final String RESULT_COUNTS_PASSED = "result_counts.passed";

  /** Results that failed. */
  static final String RESULT_COUNTS_FAILED = "result_counts.failed";

  /** Results that errored. */
  static final String RESULT_COUNTS_ERRORED = "result_counts.errored";

  /** The language a verbose transcription detected. */
  static final String RESPONSE_LANGUAGE = "language=verbose.language";

  /** The audio's duration (verbose responses). */
  static final String DURATION = "duration=verbose.duration";

  /** The images' format (the last event of a generation stream). */
  static final String GENERATION_COMPLETED_OUTPUT_FORMAT = "output_format=generation_completed.output_format.as_string";

  /** The images' format (the last event of an edit stream). */
  static final String EDIT_COMPLETED_OUTPUT_FORMAT = "output_format=completed.output_format.as_string";

  private OpenAiTags() {}
}
