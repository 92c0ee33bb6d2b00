package dev.tracepoet.it.secrets;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.Map;

/** A client whose requests carry credentials the way real clients do: in maps and headers. */
@TracedClient(integration = "vendor")
public interface VendorApi {

  @TracedEndpoint(name = "complete",
      requestTags = {"model", "vendor_api_key=credentials", "headers", "options"})
  String complete(VendorRequest request);

  /** The request: credentials by name, HTTP headers, free-form options. */
  record VendorRequest(
      String model, Map<String, String> credentials, Map<String, Object> headers, Map<String, Object> options) {}
}
