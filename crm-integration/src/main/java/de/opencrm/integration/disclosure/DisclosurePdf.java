package de.opencrm.integration.disclosure;

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
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The disclosure as a PDF for the person to read (Art. 15 DSGVO): a heading and what it is, then
 * each section with its records as label–value tables, in the reader's language and time zone.
 * Labels come from {@code labels}: "disclosure.title", "disclosure.intro",
 * "disclosure.section.&lt;key&gt;", "disclosure.field.&lt;name&gt;", "disclosure.none",
 * "disclosure.yes", "disclosure.no", "disclosure.createdAt", and "disclosure.value.&lt;NAME&gt;"
 * for an enum constant (shown by its name when there is none).
 */
public final class DisclosurePdf {

  private static final Font TITLE = PdfFonts.bold(16);
  private static final Font HEADING = PdfFonts.bold(12);
  private static final Font TEXT = PdfFonts.regular(9);
  private static final Font LABEL = PdfFonts.regular(9, new Color(0x55, 0x55, 0x55));

  private final Function<String, String> labels;
  private final Locale locale;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter times;

  public DisclosurePdf(Function<String, String> labels, Locale locale, ZoneId zone) {
    this.labels = labels;
    this.locale = locale;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.times =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
  }

  public void write(Disclosure disclosure, OutputStream out) throws IOException {
    Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(pdf, out);
      pdf.addTitle(labels.apply("disclosure.title") + " – " + disclosure.subject());
      pdf.addCreator("OpenCRM");
      pdf.open();
      pdf.add(new Paragraph(labels.apply("disclosure.title"), TITLE));
      pdf.add(new Paragraph(disclosure.subject(), HEADING));
      pdf.add(
          new Paragraph(
              labels.apply("disclosure.createdAt")
                  + ": "
                  + times.format(disclosure.createdAt())
                  + " ("
                  + disclosure.createdBy()
                  + ")",
              LABEL));
      Paragraph intro = new Paragraph(labels.apply("disclosure.intro"), TEXT);
      intro.setSpacingBefore(8);
      pdf.add(intro);
      for (Disclosure.Section section : disclosure.sections()) {
        section(pdf, section);
      }
      pdf.close();
    } catch (DocumentException e) {
      throw new IOException("the disclosure could not be written as PDF", e);
    }
  }

  private void section(Document pdf, Disclosure.Section section) throws DocumentException {
    Paragraph heading = new Paragraph(labels.apply("disclosure.section." + section.key()), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    pdf.add(heading);
    if (section.records().isEmpty()) {
      pdf.add(new Paragraph(labels.apply("disclosure.none"), TEXT));
      return;
    }
    for (Map<String, Object> record : section.records()) {
      PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
      table.setWidthPercentage(100);
      table.setSpacingAfter(6);
      record.forEach(
          (name, value) -> {
            table.addCell(cell(labels.apply("disclosure.field." + name), LABEL));
            table.addCell(cell(text(value), TEXT));
          });
      pdf.add(table);
    }
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorderColor(new Color(0xdd, 0xdd, 0xdd));
    cell.setPadding(3);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  private String text(Object value) {
    if (value instanceof Boolean flag) {
      return labels.apply(flag ? "disclosure.yes" : "disclosure.no");
    }
    if (value instanceof LocalDate date) {
      return dates.format(date);
    }
    if (value instanceof Instant instant) {
      return times.format(instant);
    }
    if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
      return NumberFormat.getInstance(locale).format(value);
    }
    if (value instanceof Enum<?> constant) {
      String key = "disclosure.value." + constant.name();
      String label = labels.apply(key);
      return key.equals(label) ? constant.name() : label;
    }
    if (value instanceof List<?> list) {
      return String.join("\n", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }
}
