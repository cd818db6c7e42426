package de.opencrm.integration.erp;

import java.util.Locale;
import java.util.Optional;

/** How a file is written, by its extension. */
public enum ErpFormat {
  XML,
  /** Semicolon-separated, UTF-8, the header line naming the fields of the kind. */
  CSV;

  public static Optional<ErpFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml")) {
      return Optional.of(XML);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}
