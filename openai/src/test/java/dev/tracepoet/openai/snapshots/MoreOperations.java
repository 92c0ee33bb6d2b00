package dev.tracepoet.openai.snapshots;

import static dev.tracepoet.openai.snapshots.Operation.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.messages.MessageListParams;
import com.openai.models.contentprovenancechecks.ContentProvenanceCheckCreateParams;
import com.openai.models.finetuning.alpha.graders.GraderRunParams;
import com.openai.models.finetuning.alpha.graders.GraderValidateParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionCreateParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionDeleteParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionListParams;
import com.openai.models.finetuning.checkpoints.permissions.PermissionRetrieveParams;
import com.openai.models.images.ImageCreateVariationParams;
import com.openai.models.realtime.RealtimeSessionCreateRequest;
import com.openai.models.realtime.calls.CallAcceptParams;
import com.openai.models.realtime.calls.CallHangupParams;
import com.openai.models.realtime.calls.CallReferParams;
import com.openai.models.realtime.calls.CallRejectParams;
import com.openai.models.realtime.clientsecrets.ClientSecretCreateParams;
import com.openai.models.responses.ResponseCompactParams;
import com.openai.models.responses.inputtokens.InputTokenCountParams;
import com.openai.models.skills.SkillCreateParams;
import com.openai.models.skills.SkillDeleteParams;
import com.openai.models.skills.SkillListParams;
import com.openai.models.skills.SkillRetrieveParams;
import com.openai.models.skills.SkillUpdateParams;
import com.openai.models.skills.versions.VersionCreateParams;
import com.openai.models.skills.versions.VersionDeleteParams;
import com.openai.models.skills.versions.VersionListParams;
import com.openai.models.skills.versions.VersionRetrieveParams;
import com.openai.models.videos.VideoCreateCharacterParams;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoDeleteParams;
import com.openai.models.videos.VideoDownloadContentParams;
import com.openai.models.videos.VideoEditParams;
import com.openai.models.videos.VideoExtendParams;
import com.openai.models.videos.VideoGetCharacterParams;
import com.openai.models.videos.VideoListParams;
import com.openai.models.videos.VideoRemixParams;
import com.openai.models.videos.VideoRetrieveParams;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The operations of the SDK's main services present since 4.52.0 that the core list does not call
 * (stored chat completions and their messages, Responses cancel / delete / input items,
 * compaction and input-token counts, image variations, checkpoint permissions, graders,
 * content provenance, skills, videos, Realtime client secrets and calls). The fixture server has no
 * route for them: each request names its fixture with the {@code x-fixture} header.
 */
final class MoreOperations {
  private static final String FIXTURE = "x-fixture";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] MP4 = "\0\0\0\u0018ftypmp42fixture".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] ZIP = "PK\u0003\u0004fixture-skill".getBytes(StandardCharsets.ISO_8859_1);
  private static final String COMPLETION = "chatcmpl-TPc0aK3r9Z3DqAqvL2tYkU1QxHn0P";
  private static final String RESPONSE = "resp_68a1f0c2d4e6b8a0";
  private static final String CKPT = "ft:gpt-4o-mini-2024-07-18:acme::B2xYz9Qa:ckpt-step-30";
  private static final String SKILL = "skill_68f7a1b2c3d4e5f6";
  private static final String VIDEO = "video_68f8b2c3d4e5f6a7";
  private static final String CALL = "rtc_68f9c3d4e5f6a7b8";
  private static final String GRADER =
      "{\"type\":\"string_check\",\"name\":\"exact\",\"input\":\"{{sample.output_text}}\",\"reference\":\"{{item.answer}}\",\"operation\":\"eq\"}";

  private MoreOperations() {}

  private static <B> B body(Class<B> type, String json) {
    try {
      return ObjectMappers.jsonMapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static final List<Operation> ALL =
      List.of(
          of("chat.completions.retrieve", "chat.completions", "retrieve", () -> com.openai.models.chat.completions.ChatCompletionRetrieveParams.builder()
              .completionId(COMPLETION).putAdditionalHeader(FIXTURE, "chat/completion.json").build()),
          of("chat.completions.update", "chat.completions", "update", () -> com.openai.models.chat.completions.ChatCompletionUpdateParams.builder()
              .completionId(COMPLETION).metadata(com.openai.models.chat.completions.ChatCompletionUpdateParams.Metadata.builder()
                  .putAdditionalProperty("topic", com.openai.core.JsonValue.from("tracing")).build())
              .putAdditionalHeader(FIXTURE, "chat/completion.json").build()),
          of("chat.completions.list", "chat.completions", "list", () -> com.openai.models.chat.completions.ChatCompletionListParams.builder()
              .model("gpt-4o-mini").limit(10L).putAdditionalHeader(FIXTURE, "chat/list.json").build()),
          of("chat.completions.delete", "chat.completions", "delete", () -> com.openai.models.chat.completions.ChatCompletionDeleteParams.builder()
              .completionId(COMPLETION).putAdditionalHeader(FIXTURE, "chat/deleted.json").build()),
          of("responses.cancel", "responses", "cancel", () -> com.openai.models.responses.ResponseCancelParams.builder()
              .responseId(RESPONSE).putAdditionalHeader(FIXTURE, "responses/create.json").build()),
          of("responses.delete", "responses", "delete", () -> com.openai.models.responses.ResponseDeleteParams.builder()
              .responseId(RESPONSE).putAdditionalHeader(FIXTURE, "containers/empty.json").build()),
          of("responses.input_items.list", "responses.inputItems", "list", () -> com.openai.models.responses.inputitems.InputItemListParams.builder()
              .responseId(RESPONSE).limit(20L).putAdditionalHeader(FIXTURE, "responses/input-items.json").build()),
          of("chat.completions.messages.list", "chat.completions.messages", "list", () -> MessageListParams.builder()
              .completionId("chatcmpl-B9MHDbslfCLp9Ym8aZPEQr3qCaEuT").limit(20L).putAdditionalHeader(FIXTURE, "chat/messages.json").build()),
          of("responses.input_tokens.count", "responses.inputTokens", "count", () -> InputTokenCountParams.builder()
              .model("gpt-4.1-mini").input("What is a span?").putAdditionalHeader(FIXTURE, "responses/input-tokens.json").build()),
          of("responses.compact", "responses", "compact", () -> ResponseCompactParams.builder()
              .body(body(ResponseCompactParams.Body.class, "{\"model\":\"gpt-5.1\",\"previous_response_id\":\"resp_68a1f0c2d4e6b8a0\"}"))
              .putAdditionalHeader(FIXTURE, "responses/compacted.json").build()),
          of("images.create_variation", "images", "createVariation", () -> ImageCreateVariationParams.builder()
              .image(PNG).model("dall-e-2").n(2L).size(ImageCreateVariationParams.Size._512X512)
              .putAdditionalHeader(FIXTURE, "images/generate.json").build()),
          of("fine_tuning.checkpoints.permissions.create", "fineTuning.checkpoints.permissions", "create", () -> PermissionCreateParams.builder()
              .fineTunedModelCheckpoint(CKPT).addProjectId("proj_abGMw1llN8IrBb6SvvY5A1iH")
              .putAdditionalHeader(FIXTURE, "fine_tuning/permissions.json").build()),
          of("fine_tuning.checkpoints.permissions.retrieve", "fineTuning.checkpoints.permissions", "retrieve", () -> PermissionRetrieveParams.builder()
              .fineTunedModelCheckpoint(CKPT).limit(10L).putAdditionalHeader(FIXTURE, "fine_tuning/permissions.json").build()),
          of("fine_tuning.checkpoints.permissions.list", "fineTuning.checkpoints.permissions", "list", () -> PermissionListParams.builder()
              .fineTunedModelCheckpoint(CKPT).limit(10L).putAdditionalHeader(FIXTURE, "fine_tuning/permissions.json").build()),
          of("fine_tuning.checkpoints.permissions.delete", "fineTuning.checkpoints.permissions", "delete", () -> PermissionDeleteParams.builder()
              .fineTunedModelCheckpoint(CKPT).permissionId("cp_zc4Q7MP0n1Lo1o")
              .putAdditionalHeader(FIXTURE, "fine_tuning/permission-deleted.json").build()),
          of("fine_tuning.alpha.graders.run", "fineTuning.alpha.graders", "run", () -> GraderRunParams.builder()
              .body(body(GraderRunParams.Body.class, "{\"grader\":" + GRADER + ",\"model_sample\":\"30 days\",\"item\":{\"answer\":\"30 days\"}}"))
              .putAdditionalHeader(FIXTURE, "fine_tuning/grader-run.json").build()),
          of("fine_tuning.alpha.graders.validate", "fineTuning.alpha.graders", "validate", () -> GraderValidateParams.builder()
              .body(body(GraderValidateParams.Body.class, "{\"grader\":" + GRADER + "}"))
              .putAdditionalHeader(FIXTURE, "fine_tuning/grader-validate.json").build()),
          of("content_provenance_checks.create", "contentProvenanceChecks", "create", () -> ContentProvenanceCheckCreateParams.builder()
              .file(PNG).putAdditionalHeader(FIXTURE, "content_provenance_checks/check.json").build()),
          of("skills.create", "skills", "create", () -> SkillCreateParams.builder()
              .files(ZIP).putAdditionalHeader(FIXTURE, "skills/skill.json").build()),
          of("skills.retrieve", "skills", "retrieve", () -> SkillRetrieveParams.builder()
              .skillId(SKILL).putAdditionalHeader(FIXTURE, "skills/skill.json").build()),
          of("skills.update", "skills", "update", () -> SkillUpdateParams.builder()
              .skillId(SKILL).defaultVersion("2").putAdditionalHeader(FIXTURE, "skills/skill.json").build()),
          of("skills.list", "skills", "list", () -> SkillListParams.builder()
              .limit(20L).putAdditionalHeader(FIXTURE, "skills/list.json").build()),
          of("skills.delete", "skills", "delete", () -> SkillDeleteParams.builder()
              .skillId(SKILL).putAdditionalHeader(FIXTURE, "skills/deleted.json").build()),
          of("skills.content.retrieve", "skills.content", "retrieve", () -> com.openai.models.skills.content.ContentRetrieveParams.builder()
              .skillId(SKILL).putAdditionalHeader(FIXTURE, "skills/content.zip").build()),
          of("skills.versions.create", "skills.versions", "create", () -> VersionCreateParams.builder()
              .skillId(SKILL).files(ZIP).putAdditionalHeader(FIXTURE, "skills/version.json").build()),
          of("skills.versions.retrieve", "skills.versions", "retrieve", () -> VersionRetrieveParams.builder()
              .skillId(SKILL).version("2").putAdditionalHeader(FIXTURE, "skills/version.json").build()),
          of("skills.versions.list", "skills.versions", "list", () -> VersionListParams.builder()
              .skillId(SKILL).limit(20L).putAdditionalHeader(FIXTURE, "skills/versions.json").build()),
          of("skills.versions.delete", "skills.versions", "delete", () -> VersionDeleteParams.builder()
              .skillId(SKILL).version("2").putAdditionalHeader(FIXTURE, "skills/version-deleted.json").build()),
          of("skills.versions.content.retrieve", "skills.versions.content", "retrieve",
              () -> com.openai.models.skills.versions.content.ContentRetrieveParams.builder()
                  .skillId(SKILL).version("2").putAdditionalHeader(FIXTURE, "skills/content.zip").build()),
          of("videos.create", "videos", "create", () -> VideoCreateParams.builder()
              .prompt("a span tree growing").model("sora-2").putAdditionalHeader(FIXTURE, "videos/video.json").build()),
          of("videos.retrieve", "videos", "retrieve", () -> VideoRetrieveParams.builder()
              .videoId(VIDEO).putAdditionalHeader(FIXTURE, "videos/video.json").build()),
          of("videos.list", "videos", "list", () -> VideoListParams.builder()
              .limit(10L).putAdditionalHeader(FIXTURE, "videos/list.json").build()),
          of("videos.delete", "videos", "delete", () -> VideoDeleteParams.builder()
              .videoId(VIDEO).putAdditionalHeader(FIXTURE, "videos/deleted.json").build()),
          of("videos.create_character", "videos", "createCharacter", () -> VideoCreateCharacterParams.builder()
              .name("Ada").video(MP4).putAdditionalHeader(FIXTURE, "videos/character.json").build()),
          of("videos.download_content", "videos", "downloadContent", () -> VideoDownloadContentParams.builder()
              .videoId(VIDEO).variant(VideoDownloadContentParams.Variant.VIDEO).putAdditionalHeader(FIXTURE, "videos/content.mp4").build()),
          of("videos.edit", "videos", "edit", () -> VideoEditParams.builder()
              .prompt("make the tree taller").video(MP4).putAdditionalHeader(FIXTURE, "videos/video.json").build()),
          of("videos.extend", "videos", "extend", () -> VideoExtendParams.builder()
              .prompt("keep growing").seconds(com.openai.models.videos.VideoSeconds._4).video(MP4)
              .putAdditionalHeader(FIXTURE, "videos/video.json").build()),
          of("videos.get_character", "videos", "getCharacter", () -> VideoGetCharacterParams.builder()
              .characterId("char_68f8b2c3d4e5").putAdditionalHeader(FIXTURE, "videos/character.json").build()),
          of("videos.remix", "videos", "remix", () -> VideoRemixParams.builder()
              .videoId(VIDEO).prompt("at night").putAdditionalHeader(FIXTURE, "videos/remix.json").build()),
          of("realtime.client_secrets.create", "realtime.clientSecrets", "create", () -> ClientSecretCreateParams.builder()
              .body(body(ClientSecretCreateParams.Body.class, "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600}}"))
              .putAdditionalHeader(FIXTURE, "realtime/client-secret.json").build()),
          of("realtime.calls.accept", "realtime.calls", "accept", () -> CallAcceptParams.builder()
              .callId(CALL).realtimeSessionCreateRequest(body(RealtimeSessionCreateRequest.class, "{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}"))
              .putAdditionalHeader(FIXTURE, "containers/empty.json").build()),
          of("realtime.calls.hangup", "realtime.calls", "hangup", () -> CallHangupParams.builder()
              .callId(CALL).putAdditionalHeader(FIXTURE, "containers/empty.json").build()),
          of("realtime.calls.refer", "realtime.calls", "refer", () -> CallReferParams.builder()
              .callId(CALL).targetUri("tel:+14155550123").putAdditionalHeader(FIXTURE, "containers/empty.json").build()),
          of("realtime.calls.reject", "realtime.calls", "reject", () -> CallRejectParams.builder()
              .callId(CALL).putAdditionalHeader(FIXTURE, "containers/empty.json").build()));
}
