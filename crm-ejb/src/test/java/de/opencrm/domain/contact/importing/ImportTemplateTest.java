package de.opencrm.domain.contact.importing;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.User;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportTemplateTest {

  @Test
  void aSavedMappingAppliesByHeaderWhateverTheOrderAndGuessesNewColumns() {
    ImportTemplate template =
        new ImportTemplate("Messe", new User("sales", "x", Instant.now()), ImportTarget.PEOPLE);
    template.keep(
        List.of("Kürzel", "Name des Kontakts", "Notiz"),
        new ColumnMapping(Arrays.asList(null, ImportField.LAST_NAME, ImportField.TAGS)));

    ColumnMapping applied =
        template.applyTo(List.of("notiz", "E-Mail", "Name des Kontakts", "Kürzel"));

    assertThat(applied.fields())
        .containsExactly(ImportField.TAGS, ImportField.EMAIL, ImportField.LAST_NAME, null);
  }

  @Test
  void aCompanyTemplateGuessesForCompaniesAndDropsFieldsTheyDoNotHave() {
    ImportTemplate template =
        new ImportTemplate("ERP", new User("sales", "x", Instant.now()), ImportTarget.COMPANIES);
    template.keep(
        List.of("Kunde", "Geburtstag"),
        new ColumnMapping(Arrays.asList(ImportField.COMPANY, ImportField.BIRTHDAY)));

    assertThat(template.applyTo(List.of("Geburtstag", "Kunde", "Name", "Debitor")).fields())
        .containsExactly(null, ImportField.COMPANY, null, ImportField.ERP_NUMBER);
  }
}
