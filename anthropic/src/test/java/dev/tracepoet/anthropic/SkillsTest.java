package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.core.MultipartField;
import com.anthropic.models.beta.skills.SkillCreateParams;
import com.anthropic.models.beta.skills.SkillListParams;
import com.anthropic.models.beta.skills.versions.VersionCreateParams;
import com.anthropic.models.beta.skills.versions.VersionDeleteParams;
import com.anthropic.models.beta.skills.versions.VersionListParams;
import com.anthropic.models.beta.skills.versions.VersionRetrieveParams;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.anthropic.fixture.Snapshots;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * {@code beta().skills()} and {@code beta().skills().versions()}, sync and async, on the SDK versions
 * that have them (2.10.0; the 2.2.0 run skips this class, and {@link ViewChoiceTest} checks there
 * that the client is traced without them). The condition asks the class path itself, not {@code
 * ClientViews}, so a broken detection fails here instead of skipping.
 */
@EnabledIf("sdkHasSkills")
class SkillsTest extends AnthropicFixtureTest {
  private static final String SKILL = "skill_01JAbcdEFgh1jKLmnoPQrs7T";
  private static final String VERSION = "1759178010641129";

  private AnthropicClient traced;
  private AnthropicClientAsync tracedAsync;

  static boolean sdkHasSkills() {
    try {
      Class.forName("com.anthropic.services.blocking.beta.SkillService", false, AnthropicClient.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @BeforeEach
  void trace() {
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    traced = AnthropicTracing.wrap(client, otel, settings);
    tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
  }

  private List<String> names() {
    return spans.getFinishedSpanItems().stream().map(SpanData::getName).collect(Collectors.toList());
  }

  private void noPayloadRecorded() {
    for (SpanData span : spans.getFinishedSpanItems()) {
      assertTrue(span.getAttributes().asMap().values().stream().map(Object::toString)
              .noneMatch(v -> v.contains("secret") || v.contains("Span review") || v.contains("SKILL.md")
                  || v.contains("Reviews OpenTelemetry")),
          () -> "no titles, names, descriptions or file content: " + span);
    }
  }

  private static byte[] skillFile() {
    return "---\nname: span-review\n---\nsecret instructions".getBytes(StandardCharsets.UTF_8);
  }

  /** The skills params (types 2.2.0 lacks: a nested class, loaded only when a test runs). */
  static final class Params {
    private Params() {}

    /** {@code SKILL.md} as a multipart file (how 3.x takes files; 2.x's {@code addFile} takes bytes). */
    static MultipartField<InputStream> skillMd() {
      return MultipartField.<InputStream>builder().value(new ByteArrayInputStream(SkillsTest.skillFile()))
          .filename("SKILL.md").contentType("text/markdown").build();
    }

    /** Create params: a title on 2.x (files optional, and 2.10.0 cannot encode them); files on 3.x (required, no title). */
    static SkillCreateParams createParams() {
      SkillCreateParams.Builder builder = SkillCreateParams.builder();
      if (SdkShape.V3) {
        SdkShape.call(builder, "addFile", skillMd());
      } else {
        builder.displayTitle("Span review checklist");
      }
      return builder.build();
    }

    /** Version create params: none on 2.x; files on 3.x (required). */
    static VersionCreateParams versionParams() {
      VersionCreateParams.Builder builder = VersionCreateParams.builder();
      if (SdkShape.V3) {
        SdkShape.call(builder, "addFile", skillMd());
      }
      return builder.build();
    }
  }

  @Test
  void skills() {
    // create / retrieve / delete return types were renamed in 3.x: called by reflection (SdkShape)
    assertEquals(SKILL, SdkShape.call(SdkShape.call(traced.beta().skills(), "create", Params.createParams()), "id"));
    Object latest = SdkShape.call(SdkShape.call(traced.beta().skills(), "retrieve", SKILL),
        SdkShape.V3 ? "latestVersionId" : "latestVersion"); // 2.x: an Optional; 3.x: renamed, a String
    assertEquals(VERSION, latest instanceof Optional ? ((Optional<?>) latest).orElseThrow() : latest);
    assertEquals(2, traced.beta().skills().list(SkillListParams.builder().limit(20).source("custom").build())
        .data().size());
    SdkShape.call(traced.beta().skills(), "delete", SKILL);
    assertEquals(List.of("beta.skills.create", "beta.skills.retrieve", "beta.skills.list", "beta.skills.delete"),
        names());
    assertTrue(server.received().get(0).body().contains(SdkShape.V3 ? "secret instructions" : "Span review checklist"),
        "the SDK sent the title (2.x) or the files (3.x, which requires them)");
    noPayloadRecorded();
    Snapshots.assertMatches(SdkShape.snapshot("beta-skills"), spans.getFinishedSpanItems());
  }

  @Test
  void skillVersions() {
    Object created = SdkShape.call(traced.beta().skills().versions(), "create", SKILL, Params.versionParams());
    assertEquals(SdkShape.V3 ? "skillver_01JAbcdEFgh1jKLmnoPQrs9V" : VERSION,
        SdkShape.call(created, SdkShape.V3 ? "id" : "version"), "3.x has no version on a skill version");
    SdkShape.call(traced.beta().skills().versions(), "retrieve", VERSION,
        VersionRetrieveParams.builder().skillId(SKILL).build());
    assertEquals(1, traced.beta().skills().versions()
        .list(SKILL, VersionListParams.builder().limit(5).build()).data().size());
    SdkShape.call(traced.beta().skills().versions(), "delete", VERSION, VersionDeleteParams.builder().skillId(SKILL).build());
    assertEquals(List.of("beta.skills.versions.create", "beta.skills.versions.retrieve", "beta.skills.versions.list",
        "beta.skills.versions.delete"), names());
    noPayloadRecorded();
    Snapshots.assertMatches(SdkShape.snapshot("beta-skills-versions"), spans.getFinishedSpanItems());
  }

  @Test
  void skillsAsync() throws Exception {
    tracedAsync.beta().skills().create(Params.createParams()).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().retrieve(SKILL).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().list().get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().delete(SKILL).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().versions().create(SKILL, Params.versionParams()).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().versions()
        .retrieve(VERSION, VersionRetrieveParams.builder().skillId(SKILL).build()).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().versions().list(SKILL).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().skills().versions()
        .delete(VERSION, VersionDeleteParams.builder().skillId(SKILL).build()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("beta.skills.create", "beta.skills.retrieve", "beta.skills.list", "beta.skills.delete",
        "beta.skills.versions.create", "beta.skills.versions.retrieve", "beta.skills.versions.list",
        "beta.skills.versions.delete"), names());
    noPayloadRecorded();
    Snapshots.assertMatches(SdkShape.snapshot("beta-skills-async"), spans.getFinishedSpanItems());
  }

  /**
   * A 429 (sync and async), and the SDK's own failure before any request: 2.10.0 cannot encode a
   * list of files as multipart ({@code AnthropicInvalidDataException}); the span still records the
   * file count (never the files), ends as an error, and the caller gets the SDK's exception.
   */
  @Test
  void skillsFailures() {
    assertThrows(RateLimitException.class, () -> SdkShape.call(traced.beta().skills(), "retrieve", "trigger-429"));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> tracedAsync.beta().skills().versions().list("trigger-429").get(10, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitException.class, async.getCause());
    if (SdkShape.V3) {
      // 3.x encodes the files: the upload is sent and succeeds
      SdkShape.call(traced.beta().skills(), "create", Params.createParams());
    } else {
      assertThrows(AnthropicInvalidDataException.class,
          () -> SdkShape.call(traced.beta().skills(), "create", SkillCreateParams.builder().addFile(skillFile()).build()));
    }
    assertEquals(List.of("beta.skills.retrieve", "beta.skills.versions.list", "beta.skills.create"), names());
    assertEquals(SdkShape.V3 ? 3 : 2, server.received().size(), "2.10.0 sent no upload");
    noPayloadRecorded();
    Snapshots.assertMatches(SdkShape.snapshot("beta-skills-error"), spans.getFinishedSpanItems());
  }

  @Test
  void skillsStayTracedThroughWithOptionsAsyncAndSync() throws Exception {
    traced.withOptions(options -> {}).beta().skills().list();
    traced.beta().withOptions(options -> {}).skills().versions().list(SKILL);
    traced.async().beta().skills().list().get(10, TimeUnit.SECONDS);
    tracedAsync.sync().beta().skills().list();
    tracedAsync.withOptions(options -> {}).beta().skills().list().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("beta.skills.list", "beta.skills.versions.list", "beta.skills.list", "beta.skills.list",
        "beta.skills.list"), names());
  }

  @Test
  void theSameSkillServiceGivesTheSameWrapper() {
    assertSame(traced.beta().skills(), traced.beta().skills());
    assertSame(traced.beta().skills().versions(), traced.beta().skills().versions());
  }
}
