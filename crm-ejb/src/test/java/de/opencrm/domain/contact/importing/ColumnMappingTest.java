package de.opencrm.domain.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Salutation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void guessesGermanAndEnglishHeadersAsSpreadsheetsWriteThem() {
    ColumnMapping mapping =
        ColumnMapping.guess(
            List.of(
                "Anrede",
                "Vorname",
                "Nachname",
                "E-Mail-Adresse",
                "Straße",
                "PLZ",
                "Ort",
                "Bemerkung",
                "Mobile Phone",
                "Company",
                "first_name"),
            ImportTarget.PEOPLE);
    assertThat(mapping.fields())
        .containsExactly(
            ImportField.SALUTATION,
            ImportField.FIRST_NAME,
            ImportField.LAST_NAME,
            ImportField.EMAIL,
            ImportField.STREET,
            ImportField.POSTAL_CODE,
            ImportField.CITY,
            null,
            ImportField.MOBILE,
            ImportField.COMPANY,
            null);
    assertThat(mapping.valueOf(Arrays.asList("Frau", "Anna", "Groß"), ImportField.LAST_NAME))
        .isEqualTo("Groß");
  }

  @Test
  void needsALastNameAndEachFieldOnce() {
    assertThatThrownBy(
            () ->
                ColumnMapping.guess(List.of("Vorname", "E-Mail"), ImportTarget.PEOPLE)
                    .check(ImportTarget.PEOPLE))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.needsLastName");
    ColumnMapping twice =
        new ColumnMapping(
            Arrays.asList(ImportField.LAST_NAME, ImportField.EMAIL, ImportField.EMAIL));
    assertThatThrownBy(() -> twice.check(ImportTarget.PEOPLE))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.fieldTwice");
  }

  @Test
  void guessesCompanyHeadersAndReadsNameAsTheCompanysName() {
    List<String> headers =
        List.of("Name", "Rechtsform", "USt-IdNr.", "Debitorennummer", "Branche", "Homepage", "PLZ");
    ColumnMapping companies = ColumnMapping.guess(headers, ImportTarget.COMPANIES);
    assertThat(companies.fields())
        .containsExactly(
            ImportField.COMPANY,
            ImportField.LEGAL_FORM,
            ImportField.VAT_ID,
            ImportField.ERP_NUMBER,
            ImportField.INDUSTRY,
            ImportField.WEBSITE,
            ImportField.POSTAL_CODE);
    companies.check(ImportTarget.COMPANIES);
    assertThat(ColumnMapping.guess(headers, ImportTarget.PEOPLE).fields())
        .startsWith(ImportField.LAST_NAME, null, null, null, null, null);
  }

  @Test
  void companiesNeedTheirNameAndNoPersonsField() {
    assertThatThrownBy(
            () ->
                ColumnMapping.guess(List.of("USt-IdNr", "Ort"), ImportTarget.COMPANIES)
                    .check(ImportTarget.COMPANIES))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.needsCompanyName");
    ColumnMapping withBirthday =
        new ColumnMapping(Arrays.asList(ImportField.COMPANY, ImportField.BIRTHDAY));
    assertThatThrownBy(() -> withBirthday.check(ImportTarget.COMPANIES))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.fieldNotHere");
  }

  @Test
  void readsLegalFormsAsTheyAreWritten() {
    assertThat(CellValues.legalForm("GmbH")).isEqualTo(LegalForm.GMBH);
    assertThat(CellValues.legalForm("gmbh & co. kg")).isEqualTo(LegalForm.GMBH_CO_KG);
    assertThat(CellValues.legalForm("e.K.")).isEqualTo(LegalForm.EK);
    assertThat(CellValues.legalForm("UG (haftungsbeschränkt)")).isEqualTo(LegalForm.UG);
    assertThat(CellValues.legalForm("UG")).isEqualTo(LegalForm.UG);
    assertThatThrownBy(() -> CellValues.legalForm("Ltd."))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.badLegalForm");
  }

  @Test
  void readsSalutationsDatesAndTagsAsPeopleWriteThem() {
    assertThat(CellValues.salutation("Herr")).isEqualTo(Salutation.MR);
    assertThat(CellValues.salutation("Mrs.")).isEqualTo(Salutation.MS);
    assertThatThrownBy(() -> CellValues.salutation("Hr. Dr."))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.badSalutation");
    assertThat(CellValues.date("17.05.1980")).isEqualTo(LocalDate.of(1980, 5, 17));
    assertThat(CellValues.date("1980-05-17")).isEqualTo(LocalDate.of(1980, 5, 17));
    assertThat(CellValues.date("17.5.80")).isEqualTo(LocalDate.of(1980, 5, 17));
    assertThatThrownBy(() -> CellValues.date("31.02.1980"))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.badDate");
    assertThat(CellValues.tags("Messe 2026; VIP,  ")).containsExactly("Messe 2026", "VIP");
  }
}
