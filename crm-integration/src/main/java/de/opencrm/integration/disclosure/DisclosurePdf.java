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
import java.util.Map;

/**
 * A disclosure as a PDF to read (Art. 15 DSGVO, or the processing register of Art. 30): a heading
 * and what it is, then each section with its records as label–value tables, worded by {@link
 * DisclosureText}.
 */
public final class DisclosurePdf {

  private static final Font TITLE = PdfFonts.bold(16);
  private static final Font HEADING = PdfFonts.bold(12);
  private static final Font TEXT = PdfFonts.regular(9);
  private static final Font LABEL = PdfFonts.regular(9, new Color(0x55, 0x55, 0x55));

  private final DisclosureText text;

  public DisclosurePdf(DisclosureText text) {
    this.text = text;
  }

  public void write(Disclosure disclosure, OutputStream out) throws IOException {
    Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(pdf, out);
      pdf.addTitle(text.label("title") + " – " + disclosure.subject());
      pdf.addCreator("OpenCRM");
      pdf.open();
      pdf.add(new Paragraph(text.label("title"), TITLE));
      pdf.add(new Paragraph(disclosure.subject(), HEADING));
      pdf.add(
          new Paragraph(
              text.label("createdAt")
                  + ": "
                  + text.time(disclosure.createdAt())
                  + " ("
                  + disclosure.createdBy()
                  + ")",
              LABEL));
      Paragraph intro = new Paragraph(text.label("intro"), TEXT);
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
    Paragraph heading = new Paragraph(text.section(section.key()), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    pdf.add(heading);
    if (section.records().isEmpty()) {
      pdf.add(new Paragraph(text.label("none"), TEXT));
      return;
    }
    for (Map<String, Object> record : section.records()) {
      PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
      table.setWidthPercentage(100);
      table.setSpacingAfter(6);
      record.forEach(
          (name, value) -> {
            table.addCell(cell(text.field(name), LABEL));
            table.addCell(cell(text.value(value), TEXT));
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
}
