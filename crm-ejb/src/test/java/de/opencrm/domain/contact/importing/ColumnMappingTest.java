package de.opencrm.domain.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                "first_name"));
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
    assertThatThrownBy(() -> ColumnMapping.guess(List.of("Vorname", "E-Mail")).check())
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.needsLastName");
    ColumnMapping twice =
        new ColumnMapping(
            Arrays.asList(ImportField.LAST_NAME, ImportField.EMAIL, ImportField.EMAIL));
    assertThatThrownBy(twice::check)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("import.fieldTwice");
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
