package de.opencrm.domain.lead.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import org.junit.jupiter.api.Test;

class WebFormSnippetTest {

  private static final String ENDPOINT = "https://crm.beispiel.de/crm/api/v1/web-leads";

  @Test
  void theSnippetPostsTheFieldsTheEndpointReadsWithTheFormKey() {
    String html = WebFormSnippet.html("messe-2026", "de", ENDPOINT);

    assertThat(html)
        .contains("action=\"" + ENDPOINT + "\" method=\"post\"")
        .contains("name=\"form_id\" value=\"messe-2026\"")
        .contains("name=\"last_name\" type=\"text\" autocomplete=\"family-name\" required")
        .contains("<label for=\"crm-messe-2026-email\">E-Mail *</label>")
        .contains("name=\"utm_campaign\"")
        .contains(">Absenden</button>");
  }

  @Test
  void theHoneypotIsHiddenFromPeopleAndScreenReaders() {
    String html = WebFormSnippet.html("kontakt", "en", ENDPOINT);

    assertThat(html)
        .contains("<div aria-hidden=\"true\" style=\"position:absolute;left:-10000px\">")
        .contains("name=\"website\" type=\"text\" tabindex=\"-1\"")
        .contains(">Last name *</label>");
  }

  @Test
  void theEndpointAddressIsEscaped() {
    assertThat(WebFormSnippet.html("kontakt", "de", "https://x.de/\"><script>"))
        .doesNotContain("\"><script>")
        .contains("&quot;&gt;&lt;script&gt;");
  }

  @Test
  void originsAreCheckedAndKeptCanonical() {
    assertThat(AllowedOrigins.parse("HTTPS://www.Beispiel.de/, http://localhost:8080", "f"))
        .containsExactly("https://www.beispiel.de", "http://localhost:8080");
    assertThat(AllowedOrigins.parse(null, "f")).isEmpty();
    assertThat(AllowedOrigins.canonical("https://www.beispiel.de/kontakt")).isEmpty();
    assertThat(AllowedOrigins.canonical("ftp://www.beispiel.de")).isEmpty();
    assertThat(AllowedOrigins.canonical("www.beispiel.de")).isEmpty();
    assertThatThrownBy(() -> AllowedOrigins.parse("https://ok.de, javascript:alert(1)", "origins"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getField()).isEqualTo("origins");
              assertThat(e.getArguments()).containsExactly("javascript:alert(1)");
            });
  }
}
