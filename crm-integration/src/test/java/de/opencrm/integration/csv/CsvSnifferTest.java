package de.opencrm.integration.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSnifferTest {

  private static final String TABLE =
      "Nachname;Vorname;E-Mail;Ort\r\nMüller;Jürgen;j.mueller@example.de;Köln\r\n"
          + "\"Groß; Sohn\";Anna;;München\r\n";

  @TempDir Path dir;

  @Test
  void germanExcelCsvIsWindows1252WithSemicolons() throws IOException {
    byte[] bytes = TABLE.getBytes(Charset.forName("windows-1252"));
    CsvDialect dialect = CsvSniffer.sniff(bytes);
    assertThat(dialect.charsetName()).isEqualTo("windows-1252");
    assertThat(dialect.delimiter()).isEqualTo(';');
    assertThat(read(bytes, dialect))
        .containsExactly(
            List.of("2", "Müller", "Jürgen", "j.mueller@example.de", "Köln"),
            List.of("3", "Groß; Sohn", "Anna", "null", "München"));
  }

  @Test
  void excelCsvUtf8HasABomThatIsNotPartOfTheFirstHeader() throws IOException {
    byte[] text = TABLE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    CsvDialect dialect = CsvSniffer.sniff(bytes);
    assertThat(dialect.charsetName()).isEqualTo("UTF-8");
    Path file = Files.write(dir.resolve("bom.csv"), bytes);
    try (CsvRows rows = CsvRows.open(file, dialect)) {
      assertThat(rows.headers()).containsExactly("Nachname", "Vorname", "E-Mail", "Ort");
    }
  }

  @Test
  void unicodeTextFromExcelIsUtf16WithTabs() {
    byte[] text = TABLE.replace(';', '\t').getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    CsvDialect dialect = CsvSniffer.sniff(bytes);
    assertThat(dialect.charsetName()).isEqualTo("UTF-16LE");
    assertThat(dialect.delimiter()).isEqualTo('\t');
  }

  @Test
  void plainUtf8WithCommasAsOtherToolsWriteIt() {
    byte[] bytes =
        "last_name,first_name,email\nSchäfer,Thomas,t@example.de\n"
            .getBytes(StandardCharsets.UTF_8);
    CsvDialect dialect = CsvSniffer.sniff(bytes);
    assertThat(dialect.charsetName()).isEqualTo("UTF-8");
    assertThat(dialect.delimiter()).isEqualTo(',');
  }

  private List<List<String>> read(byte[] bytes, CsvDialect dialect) throws IOException {
    Path file = Files.write(dir.resolve("t.csv"), bytes);
    List<List<String>> rows = new ArrayList<>();
    try (CsvRows csv = CsvRows.open(file, dialect)) {
      for (CsvRows.Row row : csv) {
        List<String> line = new ArrayList<>();
        line.add(String.valueOf(row.line()));
        row.values().forEach(v -> line.add(String.valueOf(v)));
        rows.add(line);
      }
    }
    return rows;
  }
}
