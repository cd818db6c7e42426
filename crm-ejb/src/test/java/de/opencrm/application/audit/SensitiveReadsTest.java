package de.opencrm.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.contact.Contact;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SensitiveReadsTest {

  @Test
  void namesTheSensitiveFieldsThatHoldAValueOnly() {
    Contact anna = new Contact("Schmidt", new User("sales", "$2a$10$hash", Instant.now()));
    assertThat(SensitiveReads.sensitiveFieldsWithValue(anna)).isEmpty();

    anna.describe(null, LocalDate.of(1980, 5, 17), null, null);

    assertThat(SensitiveReads.sensitiveFieldsWithValue(anna)).containsExactly("birthday");
  }
}
