package de.opencrm.domain.common;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider everything builds and reads JSON with. {@code Json.createObjectBuilder()}
 * and its kin look the provider up with the ServiceLoader on every call, which inside WildFly means
 * searching the deployment's archives, which costs as much as the rest of a web lead's capture.
 */
public final class JsonTexts {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonTexts() {}
}
