package de.opencrm.integration.quote;

import static de.opencrm.integration.quote.QuotePdf.MM;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import de.opencrm.integration.pdf.PdfFonts;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed parts of a quote letter's pages, placed after DIN 5008 form B (millimetres from the
 * page's top left): the letterhead; on the first page the return address (20 mm left, 45–62.7 mm
 * down, the additional-information zone of the 85 × 45 mm address field), the address (62.7–90 mm),
 * the information block (125 mm left) and the subject (98.5 mm); on every page the fold marks (105
 * and 210 mm), the punch mark (148.5 mm), the footer and the page number.
 */
final class QuoteLetterPage extends PdfPageEventHelper {

  private static final float PAGE_HEIGHT = 297 * MM;
  private static final Font NAME = PdfFonts.bold(14);
  private static final Font TEXT = PdfFonts.regular(10);
  private static final Font BOLD = PdfFonts.bold(11);
  private static final Font TINY = PdfFonts.regular(7);
  private static final Font FOOTER = PdfFonts.regular(7);

  private final QuoteLetter letter;

  QuoteLetterPage(QuoteLetter letter) {
    this.letter = letter;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    marks(canvas);
    QuoteLetter.Sender sender = letter.sender();
    text(canvas, sender.name(), NAME, 25, 15, 100);
    if (writer.getPageNumber() == 1) {
      text(canvas, sender.street(), TEXT, 125, 15, 65);
      text(canvas, sender.postalCode() + " " + sender.city(), TEXT, 125, 19.5f, 65);
      if (sender.phone() != null) {
        text(canvas, "Telefon " + sender.phone(), TEXT, 125, 24, 65);
      }
      if (sender.email() != null) {
        text(canvas, sender.email(), TEXT, 125, 28.5f, 65);
      }
      addressField(canvas);
      informationBlock(canvas);
      text(canvas, letter.subject(), BOLD, 25, 98.5f, 165);
    } else {
      text(
          canvas,
          "Angebot " + letter.number() + " · Version " + letter.revision(),
          TEXT,
          125,
          15,
          65);
    }
    footer(canvas, writer.getPageNumber());
  }

  private void addressField(PdfContentByte canvas) {
    // the return address sits at the foot of the 17.7 mm additional-information zone
    text(canvas, letter.sender().returnAddress(), TINY, 25, 58.5f, 80);
    ColumnText address = new ColumnText(canvas);
    address.setSimpleColumn(
        25 * MM, PAGE_HEIGHT - 90 * MM, 105 * MM, PAGE_HEIGHT - 63.5f * MM, 4.3f * MM, 0);
    for (String line : letter.recipient()) {
      address.addText(new Phrase(line + "\n", TEXT));
    }
    address.go();
  }

  private void informationBlock(PdfContentByte canvas) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Angebotsnummer", letter.number()});
    rows.add(new String[] {"Version", String.valueOf(letter.revision())});
    rows.add(new String[] {"Datum", GermanFormats.date(letter.issuedOn())});
    rows.add(new String[] {"Gültig bis", GermanFormats.date(letter.validUntil())});
    QuoteLetter.Representative rep = letter.representative();
    rows.add(new String[] {"Ihr Ansprechpartner", rep.name()});
    if (rep.phone() != null) {
      rows.add(new String[] {"Telefon", rep.phone()});
    }
    if (rep.email() != null) {
      rows.add(new String[] {"E-Mail", rep.email()});
    }
    float top = 50;
    for (String[] row : rows) {
      text(canvas, row[0], QuotePdf.small(), 125, top, 35);
      text(canvas, row[1], QuotePdf.small(), 160, top, 45);
      top += 4.2f;
    }
  }

  private void footer(PdfContentByte canvas, int page) {
    QuoteLetter.Sender s = letter.sender();
    String first = s.name() + " · " + s.street() + " · " + s.postalCode() + " " + s.city();
    String second =
        join(
            s.register(),
            s.managingDirectors() == null ? null : "Geschäftsführung: " + s.managingDirectors(),
            s.vatId() == null ? null : "USt-IdNr. " + s.vatId());
    text(canvas, first, FOOTER, 25, 283, 150);
    if (!second.isEmpty()) {
      text(canvas, second, FOOTER, 25, 286.5f, 150);
    }
    if (s.bank() != null) {
      text(canvas, s.bank(), FOOTER, 25, 290, 150);
    }
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_RIGHT,
        new Phrase("Seite " + page, FOOTER),
        190 * MM,
        PAGE_HEIGHT - 283 * MM,
        0);
  }

  private static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(joined.length() == 0 ? "" : " · ").append(part);
      }
    }
    return joined.toString();
  }

  /** Fold marks at 105 and 210 mm, the punch mark at 148.5 mm, on the left edge. */
  private static void marks(PdfContentByte canvas) {
    canvas.saveState();
    canvas.setLineWidth(0.3f);
    canvas.setGrayStroke(0.4f);
    for (float y : new float[] {105, 210}) {
      line(canvas, 4, 8, y);
    }
    line(canvas, 4, 10, 148.5f);
    canvas.restoreState();
  }

  private static void line(PdfContentByte canvas, float fromX, float toX, float y) {
    canvas.moveTo(fromX * MM, PAGE_HEIGHT - y * MM);
    canvas.lineTo(toX * MM, PAGE_HEIGHT - y * MM);
    canvas.stroke();
  }

  /** A line of text whose baseline is {@code top} mm from the top, cut to the width in mm. */
  private static void text(
      PdfContentByte canvas, String text, Font font, float left, float top, float width) {
    ColumnText column = new ColumnText(canvas);
    float baseline = PAGE_HEIGHT - top * MM;
    column.setSimpleColumn(
        new Phrase(text, font),
        left * MM,
        baseline - 2 * MM,
        (left + width) * MM,
        baseline + font.getSize() * 1.2f,
        font.getSize() * 1.2f,
        Element.ALIGN_LEFT);
    column.go();
  }
}
