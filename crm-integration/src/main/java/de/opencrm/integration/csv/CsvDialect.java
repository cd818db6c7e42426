package de.opencrm.integration.csv;

import java.io.Serializable;
import java.nio.charset.Charset;

/** How a CSV file is written: its encoding, whether it starts with a BOM, and its delimiter. */
public record CsvDialect(String charsetName, int bomLength, char delimiter)
    implements Serializable {

  public Charset charset() {
    return Charset.forName(charsetName);
  }

  /** The delimiter as a user reads it: "Semikolon", "Tab" and the like are for the view. */
  public String delimiterName() {
    return switch (delimiter) {
      case '\t' -> "TAB";
      case ';' -> "SEMICOLON";
      case ',' -> "COMMA";
      default -> "PIPE";
    };
  }
}
