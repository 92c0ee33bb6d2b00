package dev.tracepoet.anthropic.internal;

/**
 * The tag entries the Anthropic views share, one constant per entry, so that a sync view and its
 * async twin (and services with the same shapes) name each attribute once. Annotation members take
 * only compile-time constants and no array constants, so a view lists these per endpoint, e.g.
 * {@code responseTags = {ID, RESPONSE_MODEL}}. Keys are relative ({@code anthropic.request.<key>} /
 * {@code anthropic.response.<key>}, or the GenAI key the runtime maps them to).
 */
final class AnthropicTags {

  /** The returned object's id. */
  static final String ID = "id";

  /** The requested model (a string or a {@code Model} constant). */
  static final String MODEL = "model=params.model.as_string";

  /** The requested output token limit. */
  static final String MAX_TOKENS = "max_tokens=params.max_tokens";

  /** The sampling temperature. */
  static final String TEMPERATURE = "temperature=params.temperature";

  /** Nucleus sampling. */
  static final String TOP_P = "top_p=params.top_p";

  /** The stop sequences. */
  static final String STOP_SEQUENCES = "stop_sequences=params.stop_sequences";

  /** The model that answered, typed as a {@code Model}. */
  static final String RESPONSE_MODEL = "model=model.as_string";

  /** The model that answered, read from a stream's fold (a plain string). */
  static final String FOLDED_MODEL = "model";

  /** A token count's result. */
  static final String INPUT_TOKENS = "input_tokens";

  /** Legacy completions' output token limit. */
  static final String MAX_TOKENS_TO_SAMPLE = "max_tokens=params.max_tokens_to_sample";

  /** A list request's page size. */
  static final String LIMIT = "limit=params.limit";

  /** The number of items on a list page. */
  static final String COUNT = "count=data.size";

  /** Whether a list has a next page. */
  static final String HAS_MORE = "has_more";

  /** The batch a request names. */
  static final String MESSAGE_BATCH_ID = "message_batch_id=params.message_batch_id";

  /** A batch's processing status. */
  static final String PROCESSING_STATUS = "processing_status=processing_status.as_string";

  /** How many requests a new batch holds. */
  static final String REQUEST_COUNT = "request_count=params.requests.size";

  /** A batch's requests still processing. */
  static final String REQUEST_COUNTS_PROCESSING = "request_counts.processing";

  /** A batch's succeeded requests. */
  static final String REQUEST_COUNTS_SUCCEEDED = "request_counts.succeeded";

  /** A batch's errored requests. */
  static final String REQUEST_COUNTS_ERRORED = "request_counts.errored";

  /** A batch's canceled requests. */
  static final String REQUEST_COUNTS_CANCELED = "request_counts.canceled";

  /** A batch's expired requests. */
  static final String REQUEST_COUNTS_EXPIRED = "request_counts.expired";

  /** The file a request names. */
  static final String FILE_ID = "file_id=params.file_id";

  /** A file's media type. */
  static final String MIME_TYPE = "mime_type";

  /** A file's size in bytes. */
  static final String SIZE_BYTES = "size_bytes";

  /** The model a request names. */
  static final String MODEL_ID = "model_id=params.model_id";

  /** A model's display name. */
  static final String DISPLAY_NAME = "display_name";

  /** The skill a request names. */
  static final String SKILL_ID = "skill_id=params.skill_id";

  /** The skill version a request names. */
  static final String SKILL_VERSION = "version=params.version";

  /** A skill list's source filter ({@code custom} or {@code anthropic}). */
  static final String SOURCE_FILTER = "source=params.source";

  /** How many files a new skill or skill version uploads (never their names or bytes). */
  static final String FILE_COUNT = "file_count=params.files.size";

  /** A skill's source ({@code custom} or {@code anthropic}). */
  static final String SOURCE = "source";

  /** A skill's latest version. */
  static final String LATEST_VERSION = "latest_version";

  /** The skill a version belongs to. */
  static final String VERSION_SKILL_ID = "skill_id";

  /** A skill version's version. */
  static final String VERSION = "version";

  private AnthropicTags() {}

  /**
   * Whether a 3.x SDK list page of beta files, skills or skill versions has more, under the 2.x
   * key: 3.x pages by cursor ({@code next_page}) and hides {@code has_more}.
   */
  static final String PAGE_HAS_MORE = "has_more=has_next_page";

  /** A 3.x SDK skill's source (an object in 3.x: {@code {"type": "custom"}}), under the 2.x key. */
  static final String SOURCE_TYPE = "source=source.type.as_string";

  /** A 3.x SDK skill's latest version (renamed {@code latest_version_id}), under the 2.x key. */
  static final String LATEST_VERSION_ID = "latest_version=latest_version_id";
}
