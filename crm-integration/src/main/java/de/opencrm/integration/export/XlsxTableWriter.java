package de.opencrm.integration.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as a stream (POI SXSSF keeps only a window of rows in memory), with a
 * bold, frozen, filterable header row; numbers stay numbers.
 */
public final class XlsxTableWriter implements TableWriter {

  private static final int ROWS_IN_MEMORY = 200;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final SXSSFSheet sheet;
  private int rows;
  private int columns;

  XlsxTableWriter(OutputStream out, String sheetName) {
    this.out = out;
    this.sheet = workbook.createSheet(sheetName);
  }

  @Override
  public void header(List<String> names) {
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < names.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(names.get(i));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(i, 24 * 256);
    }
    columns = names.size();
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<?> cells) {
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value instanceof Number number) {
        row.createCell(i).setCellValue(number.doubleValue());
      } else if (value != null) {
        row.createCell(i).setCellValue(value.toString());
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (columns > 0) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
      }
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
