package de.opencrm.domain.lead.capture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadMappingTest {

  /** A lead as Meta's lead ads deliver it: the answers as a list of name and values. */
  private static final String META =
      """
      {"leadgen_id": "444444444", "created_time": 1732350000, "campaign_name": "Messe Herbst",
       "field_data": [
         {"name": "full_name", "values": ["Hanna Schröder"]},
         {"name": "email", "values": ["h.schroeder@rheinland-logistik.de"]},
         {"name": "phone_number", "values": ["+49 221 123456"]},
         {"name": "company_name", "values": ["Rheinland Logistik GmbH"]}
       ]}
      """;

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void theMetaTemplatePicksAnswersFromTheListByName() {
    PayloadMapping.Parsed parsed = PayloadMapping.parse(PayloadMapping.META_LEAD_ADS);
    assertThat(parsed.valid()).isTrue();

    assertThat(parsed.mapping().apply(json(META)))
        .containsEntry("id", "444444444")
        .containsEntry("name", "Hanna Schröder")
        .containsEntry("email", "h.schroeder@rheinland-logistik.de")
        .containsEntry("phone", "+49 221 123456")
        .containsEntry("company", "Rheinland Logistik GmbH")
        .containsEntry("utmCampaign", "Messe Herbst")
        .doesNotContainKeys("jobTitle", "city", "postalCode");
  }

  @Test
  void plainPointersNumbersAndEscapesWork() {
    PayloadMapping mapping =
        PayloadMapping.parse(
                "# LinkedIn via middleware\n"
                    + "lastName = /lead/person/last\n"
                    + "firstName = /lead/person/first\n"
                    + "postalCode = /lead/address/0/zip\n"
                    + "message = /lead/a~1b\n"
                    + "id = /lead/id")
            .mapping();
    var values =
        mapping.apply(
            json(
                "{\"lead\":{\"id\":77,\"person\":{\"first\":\"Jan\",\"last\":\"Berg\"},"
                    + "\"address\":[{\"zip\":\"80331\"}],\"a/b\":\"Rückruf bitte\"}}"));
    assertThat(values)
        .containsEntry("lastName", "Berg")
        .containsEntry("firstName", "Jan")
        .containsEntry("postalCode", "80331")
        .containsEntry("message", "Rückruf bitte")
        .containsEntry("id", "77");
    assertThat(mapping.text()).startsWith("lastName = /lead/person/last\nfirstName = ");
  }

  @Test
  void wrongLinesAreNamedWithTheirReason() {
    PayloadMapping.Parsed parsed =
        PayloadMapping.parse(
            "lastName = /a\nemail /b\nshoeSize = /c\nphone = c/d\nlastName = /e\ncity = /x[name]");
    assertThat(parsed.valid()).isFalse();
    assertThat(parsed.errors())
        .extracting(PayloadMapping.LineError::line, PayloadMapping.LineError::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "webhook.mapping.syntax"),
            org.assertj.core.groups.Tuple.tuple(3, "webhook.mapping.unknownField"),
            org.assertj.core.groups.Tuple.tuple(4, "webhook.mapping.badPath"),
            org.assertj.core.groups.Tuple.tuple(5, "webhook.mapping.twice"),
            org.assertj.core.groups.Tuple.tuple(6, "webhook.mapping.badPath"));
    assertThat(PayloadMapping.parse("email = /e").errors())
        .extracting(PayloadMapping.LineError::reason)
        .containsExactly("webhook.mapping.noName");
  }

  @Test
  void aMissingOrOddlyShapedPayloadGivesNothingRatherThanFailing() {
    PayloadMapping mapping = PayloadMapping.parse(PayloadMapping.META_LEAD_ADS).mapping();
    assertThat(mapping.apply(json("[1,2,3]"))).isEmpty();
    assertThat(mapping.apply(json("{\"field_data\": {\"name\": \"email\"}}"))).isEmpty();
    assertThat(mapping.apply(json("{\"field_data\": [{\"name\": \"email\", \"values\": []}]}")))
        .isEmpty();
  }

  @Test
  void theSignatureIsTheBodysHmacWithTheSecret() {
    byte[] body = META.getBytes(StandardCharsets.UTF_8);
    String secret = WebhookSignature.newSecret();
    String header = WebhookSignature.sign(secret, body);
    assertThat(header).startsWith("sha256=").hasSize(7 + 64);
    assertThat(WebhookSignature.matches(secret, body, header)).isTrue();
    assertThat(WebhookSignature.matches(secret, body, header.toUpperCase().replace("SHA", "sha")))
        .isTrue();
    assertThat(WebhookSignature.matches(secret, "{}".getBytes(StandardCharsets.UTF_8), header))
        .isFalse();
    assertThat(WebhookSignature.matches("other", body, header)).isFalse();
    assertThat(WebhookSignature.matches(secret, body, null)).isFalse();
  }
}
