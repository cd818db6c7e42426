package de.opencrm.integration.quote;

import static de.opencrm.integration.quote.GermanFormats.amount;
import static de.opencrm.integration.quote.GermanFormats.date;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.opencrm.integration.pdf.PdfFonts;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A quote as a business letter after DIN 5008 (form B): letterhead, the address in the window of a
 * DL envelope with the return address above it, the information block beside it, the subject, the
 * lines with quantity, unit price, discount and net amount, the totals with VAT per rate, and the
 * company's particulars in the footer of every page ({@link QuoteLetterPage} draws the fixed
 * parts).
 */
public final class QuotePdf {

  static final float MM = 72f / 25.4f;
  private static final Font TEXT = PdfFonts.regular(10);
  private static final Font BOLD = PdfFonts.bold(10);
  private static final Font SMALL = PdfFonts.regular(8);
  private static final Font SMALL_GREY = PdfFonts.regular(8, new Color(0x55, 0x55, 0x55));
  private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);

  public void write(QuoteLetter letter, OutputStream out) throws IOException {
    // the first page's text starts under the subject line; later pages near the top
    Document pdf = new Document(PageSize.A4, 25 * MM, 20 * MM, 108 * MM, 30 * MM);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setPageEvent(new QuoteLetterPage(letter));
      pdf.addTitle("Angebot " + letter.number() + " Version " + letter.revision());
      pdf.addAuthor(letter.sender().name());
      pdf.addCreator("OpenCRM");
      pdf.open();
      pdf.setMargins(25 * MM, 20 * MM, 25 * MM, 30 * MM);
      pdf.add(new Paragraph(letter.salutation(), TEXT));
      Paragraph intro =
          new Paragraph(
              "vielen Dank für Ihr Interesse. Gerne bieten wir Ihnen Folgendes an:", TEXT);
      intro.setSpacingBefore(8);
      pdf.add(intro);
      if (letter.remark() != null) {
        Paragraph remark = new Paragraph(letter.remark(), TEXT);
        remark.setSpacingBefore(6);
        pdf.add(remark);
      }
      pdf.add(lines(letter));
      pdf.add(totals(letter));
      Paragraph terms =
          new Paragraph(
              "Dieses Angebot ist gültig bis "
                  + date(letter.validUntil())
                  + ". Alle Preise verstehen sich netto zuzüglich der gesetzlichen Umsatzsteuer.",
              TEXT);
      terms.setSpacingBefore(12);
      pdf.add(terms);
      Paragraph closing = new Paragraph("Mit freundlichen Grüßen", TEXT);
      closing.setSpacingBefore(12);
      pdf.add(closing);
      Paragraph signature = new Paragraph(letter.representative().name(), TEXT);
      signature.setSpacingBefore(18);
      pdf.add(signature);
      pdf.add(new Paragraph(letter.sender().name(), TEXT));
      pdf.close();
    } catch (DocumentException e) {
      throw new IOException("the quote could not be written as PDF", e);
    }
  }

  private static PdfPTable lines(QuoteLetter letter) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {0.9f, 5.0f, 1.6f, 2.1f, 1.2f, 0.9f, 2.3f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    table.setHeaderRows(1);
    for (String heading :
        new String[] {"Pos.", "Artikel", "Menge", "Einzelpreis", "Rabatt", "USt", "Gesamt"}) {
      PdfPCell cell = cell(heading, BOLD, heading.equals("Artikel") ? Element.ALIGN_LEFT : right());
      cell.setBorder(Rectangle.BOTTOM);
      cell.setBorderColor(Color.BLACK);
      table.addCell(cell);
    }
    for (QuoteLetter.Line line : letter.lines()) {
      table.addCell(cell(String.valueOf(line.position()), TEXT, right()));
      Phrase article = new Phrase(line.name(), TEXT);
      article.add(new Phrase("\nArt.-Nr. " + line.sku(), SMALL_GREY));
      PdfPCell name = new PdfPCell(article);
      style(name, Element.ALIGN_LEFT);
      table.addCell(name);
      table.addCell(
          cell(GermanFormats.quantity(line.quantity()) + " " + line.unit(), TEXT, right()));
      table.addCell(cell(amount(line.unitPrice(), letter.currency()), TEXT, right()));
      table.addCell(
          cell(
              line.discountPercent().signum() == 0
                  ? "–"
                  : GermanFormats.percent(line.discountPercent()),
              TEXT,
              right()));
      table.addCell(cell(line.vatPercent() + "\u00A0%", TEXT, right()));
      table.addCell(cell(amount(line.net(), letter.currency()), TEXT, right()));
    }
    return table;
  }

  private static PdfPTable totals(QuoteLetter letter) {
    PdfPTable table = new PdfPTable(new float[] {5, 2.3f});
    table.setWidthPercentage(55);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(8);
    table.setKeepTogether(true);
    String currency = letter.currency();
    table.addCell(cell("Summe netto", TEXT, Element.ALIGN_LEFT));
    table.addCell(cell(amount(letter.totals().net(), currency), TEXT, right()));
    for (QuoteLetter.Vat vat : letter.totals().vat()) {
      table.addCell(
          cell(
              "zzgl. " + vat.percent() + "\u00A0% USt auf " + amount(vat.base(), currency),
              TEXT,
              Element.ALIGN_LEFT));
      table.addCell(cell(amount(vat.tax(), currency), TEXT, right()));
    }
    PdfPCell label = cell("Gesamtbetrag", BOLD, Element.ALIGN_LEFT);
    PdfPCell gross = cell(amount(letter.totals().gross(), currency), BOLD, right());
    for (PdfPCell cell : new PdfPCell[] {label, gross}) {
      cell.setBorder(Rectangle.TOP);
      cell.setBorderColor(Color.BLACK);
      table.addCell(cell);
    }
    return table;
  }

  private static int right() {
    return Element.ALIGN_RIGHT;
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    style(cell, alignment);
    return cell;
  }

  private static void style(PdfPCell cell, int alignment) {
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPaddingTop(3);
    cell.setPaddingBottom(4);
  }

  static Font small() {
    return SMALL;
  }
}
