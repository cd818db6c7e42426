package de.opencrm.domain.lead.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebLeadSubmissionTest {

  private static WebLeadSubmission.Reading read(String... nameValue) {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      fields.put(nameValue[i], nameValue[i + 1]);
    }
    return WebLeadSubmission.read(fields::get);
  }

  @Test
  void readsCamelAndSnakeCaseFieldsWithCampaignParameters() {
    WebLeadSubmission.Reading reading =
        read(
            "first_name", " Jana ",
            "lastName", "Jäger",
            "email", "jana@example.com",
            "company", "Jäger Logistik GmbH",
            "plz", "50667",
            "utm_source", "newsletter",
            "utmCampaign", "herbst-2026",
            "form_id", "kontakt");
    assertThat(reading.valid()).isTrue();
    WebLeadSubmission lead = reading.submission();
    assertThat(lead.firstName()).isEqualTo("Jana");
    assertThat(lead.lastName()).isEqualTo("Jäger");
    assertThat(lead.postalCode()).isEqualTo("50667");
    assertThat(lead.country()).as("German by default").isEqualTo("DE");
    assertThat(lead.utm().source()).isEqualTo("newsletter");
    assertThat(lead.utm().campaign()).isEqualTo("herbst-2026");
    assertThat(lead.formId()).isEqualTo("kontakt");
    assertThat(lead.fromBot()).isFalse();
  }

  @Test
  void aSingleNameFieldIsSplitIntoFirstAndLastName() {
    WebLeadSubmission lead = read("name", "Anna Maria Schulze", "phone", "0221 123").submission();
    assertThat(lead.firstName()).isEqualTo("Anna Maria");
    assertThat(lead.lastName()).isEqualTo("Schulze");
  }

  @Test
  void saysWhatIsWrongFieldByField() {
    WebLeadSubmission.Reading reading =
        read(
            "email",
            "kein-mail",
            "country",
            "Deutschland",
            "language",
            "d1",
            "message",
            "x".repeat(2001));
    assertThat(reading.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("lastName", "required"),
            org.assertj.core.groups.Tuple.tuple("email", "invalid"),
            org.assertj.core.groups.Tuple.tuple("country", "tooLong"),
            org.assertj.core.groups.Tuple.tuple("language", "invalid"),
            org.assertj.core.groups.Tuple.tuple("message", "tooLong"));
    assertThat(read("lastName", "Ohne").errors())
        .extracting(FieldError::code)
        .containsExactly("required");
    assertThat(read("lastName", "X", "email", "x@example.com", "postalCode", "1234").errors())
        .extracting(FieldError::field)
        .containsExactly("postalCode");
  }

  @Test
  void markupStaysTextAndControlCharactersGoTheHoneypotMarksBots() {
    WebLeadSubmission.Reading reading =
        read(
            "lastName",
            "<script>alert(1)</script>\u0000",
            "email",
            "a@b.de",
            "website",
            "http://spam");
    assertThat(reading.valid()).isTrue();
    assertThat(reading.submission().lastName()).isEqualTo("<script>alert(1)</script>");
    assertThat(reading.submission().fromBot()).isTrue();
  }
}
