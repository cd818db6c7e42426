package de.opencrm.domain.lead.capture;

import de.opencrm.domain.common.BusinessException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The websites (origins: scheme, host and port, such as "https://www.beispiel.de") whose pages may
 * send a form's leads from the visitor's browser. Typed as a list separated by commas; each entry
 * is checked and kept in its canonical form.
 */
public final class AllowedOrigins {

  private AllowedOrigins() {}

  /** The origins as typed, canonical; a wrong one is named on the field. */
  public static List<String> parse(String text, String field) {
    List<String> origins = new ArrayList<>();
    if (text == null) {
      return origins;
    }
    for (String entry : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList()) {
      origins.add(
          canonical(entry)
              .orElseThrow(() -> BusinessException.onField(field, "webForm.originInvalid", entry)));
    }
    return origins;
  }

  /**
   * "https://www.beispiel.de" for "HTTPS://www.Beispiel.de/" and the like; empty for anything that
   * is no web origin (a path, a query, user info, another scheme).
   */
  public static java.util.Optional<String> canonical(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean pathless =
          uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
      if (!(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || !pathless) {
        return java.util.Optional.empty();
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return java.util.Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
    } catch (URISyntaxException e) {
      return java.util.Optional.empty();
    }
  }
}
