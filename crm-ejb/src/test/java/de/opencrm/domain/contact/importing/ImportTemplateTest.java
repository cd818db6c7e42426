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
    ImportTemplate template = new ImportTemplate("Messe", new User("sales", "x", Instant.now()));
    template.keep(
        List.of("Kürzel", "Name des Kontakts", "Notiz"),
        new ColumnMapping(Arrays.asList(null, ImportField.LAST_NAME, ImportField.TAGS)));

    ColumnMapping applied =
        template.applyTo(List.of("notiz", "E-Mail", "Name des Kontakts", "Kürzel"));

    assertThat(applied.fields())
        .containsExactly(ImportField.TAGS, ImportField.EMAIL, ImportField.LAST_NAME, null);
  }
}
