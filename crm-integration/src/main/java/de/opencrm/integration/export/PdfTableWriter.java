package de.opencrm.integration.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.opencrm.integration.pdf.PdfFonts;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A table as a printable PDF (A4 landscape, the header repeated on every page). Rows go to the
 * document a batch at a time, so a long export never sits in memory as a whole.
 */
public final class PdfTableWriter implements TableWriter {

  private static final int ROWS_PER_FLUSH = 100;
  private static final Font TITLE = PdfFonts.bold(13);
  private static final Font HEADER = PdfFonts.bold(7.5f);
  private static final Font CELL = PdfFonts.regular(7.5f);
  private static final Color HEADER_BACKGROUND = new Color(0xe4, 0xe7, 0xeb);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

  private final Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
  private final String title;
  private PdfPTable table;
  private int pending;

  PdfTableWriter(OutputStream out, String title) {
    this.title = title;
    try {
      PdfWriter.getInstance(pdf, out).setCloseStream(false);
    } catch (DocumentException e) {
      throw new IllegalStateException("OpenPDF refused a new document", e);
    }
  }

  @Override
  public void header(List<String> columns) throws IOException {
    pdf.addTitle(title);
    pdf.open();
    add(new Paragraph(title, TITLE));
    table = new PdfPTable(columns.size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    table.setComplete(false);
    for (String column : columns) {
      PdfPCell cell = new PdfPCell(new Phrase(column, HEADER));
      cell.setBackgroundColor(HEADER_BACKGROUND);
      table.addCell(cell);
    }
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (Object value : cells) {
      table.addCell(new Phrase(text(value), CELL));
    }
    if (++pending >= ROWS_PER_FLUSH) {
      add(table);
      pending = 0;
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime time) {
      return DATE_TIME.format(time);
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString().replace('.', ',');
    }
    return value.toString();
  }

  @Override
  public void close() throws IOException {
    if (table != null) {
      table.setComplete(true);
      add(table);
    }
    pdf.close();
  }

  private void add(Element element) throws IOException {
    try {
      pdf.add(element);
    } catch (DocumentException e) {
      throw new IOException("the PDF export could not be written", e);
    }
  }
}
