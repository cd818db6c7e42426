package de.opencrm.integration.export;

import java.io.IOException;
import java.util.List;

/** Writes a table (a header, then rows) to a file format users open in Excel or LibreOffice. */
public interface TableWriter extends AutoCloseable {

  void header(List<String> columns) throws IOException;

  /**
   * One row; null cells stay empty, numbers and dates keep their type where the format has types.
   */
  void row(List<?> cells) throws IOException;

  /** Finishes the file; the output stream stays open for its owner to close. */
  @Override
  void close() throws IOException;
}
