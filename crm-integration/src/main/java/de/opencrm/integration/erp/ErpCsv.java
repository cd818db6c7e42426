package de.opencrm.integration.erp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The contract's CSV as the check and the job's reader both read it. */
final class ErpCsv {

  private ErpCsv() {}

  /** The contract's CSV: semicolons, double quotes, UTF-8 (a byte order mark is allowed). */
  static CSVParser parser(InputStream in) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get()
        .parse(reader);
  }

  /** A header's column name without the byte order mark and the blanks around it. */
  static String header(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1).strip() : name.strip();
  }
}
