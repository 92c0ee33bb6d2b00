package dev.tracepoet.openai.internal;

/**
 * The tag entries of the OpenAI services beyond the original inference and file/batch/vector-store
 * set (as {@link OpenAiTags}, one constant per entry): Responses input-token counts and compaction,
 * fine-tuning checkpoint permissions and graders, skills, videos, Realtime client secrets and calls,
 * decisions, safety cases and alerts, live sessions, custom voices and voice consents, webhook
 * endpoints. Ids, counts and statuses only, never payloads or secrets.
 */
final class OpenAiPlatformTags {
  private OpenAiPlatformTags() {}

  /** The number of tokens a request's input would use (Responses {@code input_tokens.count}). */
  static final String INPUT_TOKENS = "input_tokens";

  /** The fine-tuned checkpoint a permission request names. */
  static final String CHECKPOINT = "checkpoint=params.fine_tuned_model_checkpoint";

  /** The number of projects a permission request grants. */
  static final String PROJECT_IDS_COUNT = "project_ids_count=params.project_ids.size";

  /** The permission a request names. */
  static final String PERMISSION_ID = "permission_id=params.permission_id";

  /** A grader run's reward. */
  static final String REWARD = "reward";

  /** The skill a request names. */
  static final String SKILL_ID = "skill_id=params.skill_id";

  /** The skill version a request names. */
  static final String REQUEST_VERSION = "version=params.version";

  /** A skill version's version. */
  static final String VERSION = "version";

  /** A skill's default version. */
  static final String DEFAULT_VERSION = "default_version";

  /** A skill's latest version. */
  static final String LATEST_VERSION = "latest_version";

  /** The video a request names. */
  static final String VIDEO_ID = "video_id=params.video_id";

  /** The model a video was made with. */
  static final String VIDEO_MODEL = "model=model.as_string";

  /** A video job's progress (percent). */
  static final String PROGRESS = "progress";

  /** The video a remix started from. */
  static final String REMIXED_FROM = "remixed_from_video_id";

  /** Which asset of a video a download asks for. */
  static final String VARIANT = "variant=params.variant.as_string";

  /** The character a request names. */
  static final String CHARACTER_ID = "character_id=params.character_id";

  /** When an ephemeral key expires (never its value). */
  static final String EXPIRES_AT = "expires_at";

  /** The Realtime call a request names. */
  static final String CALL_ID = "call_id=params.call_id";

  /** The model a compaction request names (an enum-like string). */
  static final String COMPACT_MODEL = "model=params.model.as_string";

  /** The number of output items. */
  static final String OUTPUT_COUNT = "output_count=output.size";

  /** The model a decision request names. */
  static final String DECISION_MODEL = "model=params.model";

  /** The number of answers a decision gave. */
  static final String ANSWERS_COUNT = "answers_count=answers.size";

  /** The safety case a request names. */
  static final String CASE_ID = "case_id=params.id";

  /** The safety alert a request names. */
  static final String ALERT_ID = "alert_id=params.id";

  /** The model a safety alert is about. */
  static final String ALERT_MODEL = "model";

  /** A safety alert's error type. */
  static final String ALERT_ERROR_TYPE = "error_type=error_type.as_string";

  /** Whether a safety alert paused requests. */
  static final String ALERT_REQUEST_PAUSED = "request_paused";

  /** The response a safety alert is about. */
  static final String ALERT_RESPONSE_ID = "response_id";

  /** The live session a response describes. */
  static final String LIVE_SESSION_ID = "session_id=session.id";

  /** The live session a request names. */
  static final String SESSION_ID = "session_id=params.session_id";

  /** The custom voice a request names. */
  static final String VOICE_ID = "voice_id=params.voice_id";

  /** A custom voice's type. */
  static final String VOICE_TYPE = "type=type.as_string";

  /** The voice consent a request names. */
  static final String CONSENT_ID = "consent_id=params.consent_id";

  /** A voice consent's language. */
  static final String RESPONSE_LANGUAGE_TEXT = "language";

  /** The webhook endpoint a request names. */
  static final String WEBHOOK_ENDPOINT_ID = "webhook_endpoint_id=params.webhook_endpoint_id";

  /** How many event types a webhook endpoint subscribes to. */
  static final String EVENT_TYPES_COUNT = "event_types_count=event_types.size";

  /** The event type a webhook test sent. */
  static final String WEBHOOK_TEST_EVENT_TYPE = "event_type";

  /** The HTTP status the webhook endpoint answered a test with. */
  static final String WEBHOOK_TEST_STATUS_CODE = "endpoint_status_code=status_code";
}
