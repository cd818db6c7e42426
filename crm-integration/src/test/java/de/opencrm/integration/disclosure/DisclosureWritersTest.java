package de.opencrm.integration.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureWritersTest {

  private static final Disclosure JUERGEN =
      new Disclosure(
          "Jürgen Weiß",
          Instant.parse("2026-11-23T09:30:00Z"),
          "privacy",
          List.of(
              new Disclosure.Section(
                  "contact",
                  List.of(
                      new Disclosure.Fields()
                          .put("firstName", "Jürgen")
                          .put("lastName", "Weiß")
                          .put("position", " ")
                          .put("birthday", LocalDate.of(1970, 3, 14))
                          .put("emails", List.of("j.weiss@example.de", "jw@example.com"))
                          .put("company", "Łukasz Wróbel Dvořák sp. z o.o.")
                          .put("newsletterCustomers", true)
                          .put("revenue", new BigDecimal("1234.5"))
                          .map())),
              new Disclosure.Section("documents", List.of())));

  private static final Map<String, String> GERMAN =
      Map.of(
          "disclosure.title", "Auskunft nach Art. 15 DSGVO",
          "disclosure.section.contact", "Stammdaten",
          "disclosure.section.documents", "Dokumente",
          "disclosure.field.lastName", "Nachname",
          "disclosure.none", "Keine Daten gespeichert.",
          "disclosure.yes", "ja");

  @Test
  void jsonKeepsEveryFieldMachineReadableAndLeavesEmptyOnesOut() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DisclosureJson.write(JUERGEN, out);

    JsonObject json = Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject();
    JsonObject contact = json.getJsonObject("data").getJsonArray("contact").getJsonObject(0);
    assertThat(json.getString("subject")).isEqualTo("Jürgen Weiß");
    assertThat(json.getString("createdAt")).isEqualTo("2026-11-23T09:30:00Z");
    assertThat(contact.getString("lastName")).isEqualTo("Weiß");
    assertThat(contact.getString("birthday")).isEqualTo("1970-03-14");
    assertThat(contact.getJsonArray("emails").getString(1)).isEqualTo("jw@example.com");
    assertThat(contact.getBoolean("newsletterCustomers")).isTrue();
    assertThat(contact.getJsonNumber("revenue").bigDecimalValue()).isEqualByComparingTo("1234.5");
    assertThat(contact.containsKey("position")).isFalse();
    assertThat(json.getJsonObject("data").getJsonArray("documents")).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Jürgen");
  }

  @Test
  void pdfIsReadableInTheReadersLanguage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DisclosurePdf(
            new DisclosureText(
                key -> GERMAN.getOrDefault(key, key),
                "disclosure",
                Locale.GERMANY,
                ZoneId.of("Europe/Berlin")))
        .write(JUERGEN, out);

    byte[] pdf = out.toByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text)
        .contains("Auskunft nach Art. 15 DSGVO")
        .contains("Jürgen Weiß")
        .contains("Nachname")
        .contains("14.03.1970")
        .contains("1.234,5")
        .contains("23.11.2026, 10:30")
        .contains("Keine Daten gespeichert.")
        .contains("Łukasz Wróbel Dvořák");
  }
}
