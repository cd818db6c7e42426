package de.opencrm.domain.common;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider everything builds and reads JSON with. {@code Json.createObjectBuilder()}
 * and its kin look the provider up with the ServiceLoader on every call, which inside WildFly means
 * searching the deployment's archives: it took half the CPU of a web lead's capture (measured with
 * JFR under WebLeadBenchmark).
 */
public final class JsonTexts {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonTexts() {}
}
