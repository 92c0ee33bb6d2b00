package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.EVENT_TYPES_COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.WEBHOOK_ENDPOINT_ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.WEBHOOK_TEST_EVENT_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.WEBHOOK_TEST_STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.webhooks.DeletedWebhookEndpoint;
import com.openai.models.webhooks.WebhookCreateParams;
import com.openai.models.webhooks.WebhookDeleteParams;
import com.openai.models.webhooks.WebhookEndpoint;
import com.openai.models.webhooks.WebhookEndpointTestResult;
import com.openai.models.webhooks.WebhookEndpointWithSecret;
import com.openai.models.webhooks.WebhookListPageAsync;
import com.openai.models.webhooks.WebhookListParams;
import com.openai.models.webhooks.WebhookRetrieveParams;
import com.openai.models.webhooks.WebhookRotateSecretParams;
import com.openai.models.webhooks.WebhookTestParams;
import com.openai.models.webhooks.WebhookUpdateParams;
import com.openai.services.async.WebhookServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link WebhookServiceAsync}: webhook endpoints; one plain span per HTTP call (ids, event
 * type counts, the test's status; never the URL's secret or the signing secret). {@code unwrap} and
 * {@code verifySignature} check a received webhook's signature locally (no HTTP call): forwarded
 * untraced. {@code eventTypes()} is deep-wrapped. It names SDK types that 4.52.0 lacks: only the
 * {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = WebhookServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface WebhookServiceAsyncView extends WebhookServiceAsync {

  @Override
  WebhookServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  WebhookEventTypeServiceAsyncView eventTypes();

  @Override
  @TracedEndpoint(
      name = "webhooks.create",
      endpoint = "/webhook_endpoints",
      method = "POST",
      responseTags = {ID, EVENT_TYPES_COUNT})
  CompletableFuture<WebhookEndpointWithSecret> create(WebhookCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "webhooks.retrieve",
      endpoint = "/webhook_endpoints/{webhook_endpoint_id}",
      method = "GET",
      requestTags = WEBHOOK_ENDPOINT_ID,
      responseTags = {ID, EVENT_TYPES_COUNT})
  CompletableFuture<WebhookEndpoint> retrieve(WebhookRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "webhooks.update",
      endpoint = "/webhook_endpoints/{webhook_endpoint_id}",
      method = "POST",
      requestTags = WEBHOOK_ENDPOINT_ID,
      responseTags = {ID, EVENT_TYPES_COUNT})
  CompletableFuture<WebhookEndpoint> update(WebhookUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "webhooks.list",
      endpoint = "/webhook_endpoints",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<WebhookListPageAsync> list(WebhookListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "webhooks.delete",
      endpoint = "/webhook_endpoints/{webhook_endpoint_id}",
      method = "DELETE",
      requestTags = WEBHOOK_ENDPOINT_ID,
      responseTags = {ID, DELETED})
  CompletableFuture<DeletedWebhookEndpoint> delete(WebhookDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "webhooks.rotate_secret",
      endpoint = "/webhook_endpoints/{webhook_endpoint_id}/rotate_secret",
      method = "POST",
      requestTags = WEBHOOK_ENDPOINT_ID,
      responseTags = ID)
  CompletableFuture<WebhookEndpointWithSecret> rotateSecret(WebhookRotateSecretParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "webhooks.test",
      endpoint = "/webhook_endpoints/{webhook_endpoint_id}/test",
      method = "POST",
      requestTags = WEBHOOK_ENDPOINT_ID,
      responseTags = {WEBHOOK_TEST_EVENT_TYPE, WEBHOOK_TEST_STATUS_CODE})
  CompletableFuture<WebhookEndpointTestResult> test(WebhookTestParams params, RequestOptions requestOptions);
}
