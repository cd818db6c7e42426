package de.opencrm.application.common;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.integration.export.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a whole filtered list to an export file one SQL page at a time, in the list's order, so no
 * list is ever loaded into memory at once.
 */
public final class ListExport {

  static final int PAGE = PageRequest.MAX_SIZE;

  private ListExport() {}

  /** Returns how many rows were written. */
  public static <T> int write(
      ExportFormat format,
      String sheet,
      List<String> columns,
      OutputStream out,
      PageRequest selection,
      Function<PageRequest, Page<T>> pages,
      Function<T, List<?>> cells)
      throws IOException {
    int written = 0;
    try (TableWriter table = format.open(out, sheet)) {
      table.header(columns);
      List<T> rows;
      do {
        rows = pages.apply(selection.from(written, PAGE)).rows();
        for (T row : rows) {
          table.row(cells.apply(row));
        }
        written += rows.size();
      } while (rows.size() == PAGE);
    }
    return written;
  }
}
