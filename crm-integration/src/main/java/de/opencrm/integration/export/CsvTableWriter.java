package de.opencrm.integration.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as a German Excel opens it with a double click: UTF-8 with a byte order mark (so umlauts
 * survive), semicolons between cells (the comma is the decimal separator there), CRLF line ends,
 * quotes where a cell needs them. Decimal numbers are written with that decimal comma.
 */
public final class CsvTableWriter implements TableWriter {

  static final CSVFormat GERMAN_EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();

  private final Writer writer;
  private final CSVPrinter printer;

  CsvTableWriter(OutputStream out) {
    try {
      writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      printer = new CSVPrinter(writer, GERMAN_EXCEL);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the CSV file", e);
    }
  }

  @Override
  public void header(List<String> columns) throws IOException {
    printer.printRecord(columns);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    printer.printRecord(cells.stream().map(CsvTableWriter::text).toList());
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal number) {
      return number.toPlainString().replace('.', ',');
    }
    if (cell instanceof Double || cell instanceof Float) {
      return BigDecimal.valueOf(((Number) cell).doubleValue()).toPlainString().replace('.', ',');
    }
    return cell.toString();
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
