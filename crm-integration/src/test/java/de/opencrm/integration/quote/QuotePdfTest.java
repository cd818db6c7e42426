package de.opencrm.integration.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePdfTest {

  private static final QuoteLetter.Sender SENDER =
      new QuoteLetter.Sender(
          "Nordlicht Software GmbH",
          "Hafenstraße 12",
          "20457",
          "Hamburg",
          "+49 40 123456",
          "vertrieb@nordlicht.example",
          "DE123456789",
          "Amtsgericht Hamburg HRB 12345",
          "Jana Nord",
          "Hamburger Sparkasse · IBAN DE02 2005 0550 1234 5678 90");

  private static QuoteLetter letter(int lineCount) {
    List<QuoteLetter.Line> lines = new ArrayList<>();
    for (int i = 1; i <= lineCount; i++) {
      lines.add(
          new QuoteLetter.Line(
              i,
              "LIZ-" + i,
              "Lizenz Łódź-Edition " + i,
              new BigDecimal("1.5"),
              "Stück",
              new BigDecimal("1000.00"),
              new BigDecimal("10"),
              19,
              new BigDecimal("1350.00")));
    }
    return new QuoteLetter(
        SENDER,
        List.of("Müller Maschinenbau AG", "Frau Dr. Anna Müller", "Werkstraße 5", "80331 München"),
        "Sehr geehrte Frau Dr. Müller,",
        "AN-2026-00042",
        2,
        LocalDate.of(2026, 11, 24),
        LocalDate.of(2026, 12, 24),
        "Angebot AN-2026-00042 – Lizenzen 2027",
        null,
        new QuoteLetter.Representative("Sabine Sommer", "sabine@nordlicht.example", null),
        "EUR",
        lines,
        new QuoteLetter.Totals(
            new BigDecimal("1234.56"),
            List.of(
                new QuoteLetter.Vat(19, new BigDecimal("1000.00"), new BigDecimal("190.00")),
                new QuoteLetter.Vat(7, new BigDecimal("234.56"), new BigDecimal("16.42"))),
            new BigDecimal("1440.98")));
  }

  private static String text(byte[] pdf, int page) throws Exception {
    return new PdfTextExtractor(new PdfReader(pdf))
        .getTextFromPage(page)
        .replace('\u00A0', ' ')
        .replaceAll(" +", " ");
  }

  @Test
  void aQuoteLetterPrintsAddressNumberLinesAndTotalsInGermanFormats() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QuotePdf().write(letter(2), out);

    assertThat(new PdfReader(out.toByteArray()).getNumberOfPages()).isEqualTo(1);
    String page = text(out.toByteArray(), 1);
    assertThat(page)
        .contains("Nordlicht Software GmbH · Hafenstraße 12 · 20457 Hamburg")
        .contains("Müller Maschinenbau AG")
        .contains("80331 München")
        .contains("AN-2026-00042")
        .contains("24.12.2026")
        .contains("Lizenz Łódź-Edition 2")
        .contains("1,5 Stück")
        .contains("1.000,00 €")
        .contains("10 %")
        .contains("zzgl. 7 % USt auf 234,56 €")
        .contains("16,42 €")
        .contains("Gesamtbetrag")
        .contains("1.440,98 €")
        .contains("USt-IdNr. DE123456789");
  }

  @Test
  void manyLinesGoOnFurtherPagesWithTheirHeaderAndTheNumberOnTop() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new QuotePdf().write(letter(40), out);

    byte[] pdf = out.toByteArray();
    int pages = new PdfReader(pdf).getNumberOfPages();
    assertThat(pages).isGreaterThan(1);
    assertThat(text(pdf, 2)).contains("Einzelpreis").contains("Angebot AN-2026-00042 · Version 2");
    assertThat(text(pdf, pages)).contains("Gesamtbetrag 1.440,98 €").contains("Seite " + pages);
    assertThat(text(pdf, 1)).doesNotContain("Lizenz Łódź-Edition 40");
  }

  @Test
  void amountsQuantitiesAndPercentagesAreWrittenTheGermanWay() {
    assertThat(GermanFormats.amount(new BigDecimal("1234.56"), "EUR")).isEqualTo("1.234,56\u00A0€");
    assertThat(GermanFormats.amount(new BigDecimal("0.5"), "CHF")).isEqualTo("0,50\u00A0CHF");
    assertThat(GermanFormats.quantity(new BigDecimal("2.000"))).isEqualTo("2");
    assertThat(GermanFormats.quantity(new BigDecimal("1234.125"))).isEqualTo("1.234,125");
    assertThat(GermanFormats.percent(new BigDecimal("12.50"))).isEqualTo("12,5\u00A0%");
    assertThat(GermanFormats.date(LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
  }
}
