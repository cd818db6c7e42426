package de.opencrm.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CRM's theme is PrimeFaces' Saga with its colours swapped for WCAG AA ones at build time
 * (crm-web/pom.xml, accessible-theme). A new PrimeFaces version that writes a colour differently
 * would let the old one through unnoticed; this test notices.
 */
class AccessibleThemeTest {

  private static final Path THEME = Path.of("target/theme/resources/primefaces-crm/theme.css");

  @Test
  void noColourBelowAaIsLeftInTheTheme() throws IOException {
    String theme = Files.readString(THEME).toLowerCase();
    assertThat(theme)
        .contains("#1565c0")
        .doesNotContain("#2196f3", "166.2,213,250.2", "166.2, 213, 250.2", "#689f38", "#607d8b")
        .doesNotContain("12.7384615385,136.9384615385", "11.3230769231,121.7230769231");
  }
}
