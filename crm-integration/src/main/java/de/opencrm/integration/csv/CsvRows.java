package de.opencrm.integration.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file after its header line, streamed one at a time with the line each starts
 * on, so even a large file is never in memory as a whole.
 */
public final class CsvRows implements Closeable, Iterable<CsvRows.Row> {

  /** One data row: the line it starts on (the header is line 1) and its values. */
  public record Row(long line, List<String> values) {

    public String value(int column) {
      return column < values.size() ? values.get(column) : null;
    }
  }

  private final CSVParser parser;
  private final List<String> headers;

  private CsvRows(CSVParser parser, List<String> headers) {
    this.parser = parser;
    this.headers = headers;
  }

  public static CsvRows open(Path file, CsvDialect dialect) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(dialect.bomLength());
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, dialect.charset()));
    CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(dialect.delimiter())
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get()
            .parse(reader);
    Iterator<CSVRecord> records = parser.iterator();
    List<String> headers = new ArrayList<>();
    if (records.hasNext()) {
      records.next().forEach(headers::add);
    }
    return new CsvRows(parser, List.copyOf(headers));
  }

  public List<String> headers() {
    return headers;
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        CSVRecord record = records.next();
        List<String> values = new ArrayList<>();
        record.forEach(v -> values.add(v == null || v.isBlank() ? null : v));
        return new Row(lineOf(record), values);
      }
    };
  }

  private long lineOf(CSVRecord record) {
    // the header is record 1, so a data row's record number is its line (a line break inside
    // quotes aside)
    return record.getRecordNumber();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
