package de.opencrm.integration.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** The outbound file of new customers is valid against the contract and escapes what it must. */
class ErpNewCustomersWriterTest {

  @Test
  void theNewCustomersFileIsValidAgainstTheSchema() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ErpNewCustomersWriter writer = new ErpNewCustomersWriter(out)) {
      writer.write(
          new ErpNewCustomersWriter.NewCustomer(
              42,
              "Müller & Söhne <Handel> GmbH",
              "DE123456789",
              "Hafenstraße 7",
              "50668",
              "Köln",
              "DE"));
      writer.write(
          new ErpNewCustomersWriter.NewCustomer(43, "Nur Name AG", null, null, null, null, null));
      assertThat(writer.written()).isEqualTo(2);
    }
    byte[] xml = out.toByteArray();
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(ErpFileChecker.class.getResource(ErpFileChecker.SCHEMA_RESOURCE))
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<newCustomers xmlns=\"urn:opencrm:erp:1\">")
        .contains("<crmId>42</crmId>")
        .contains("Müller &amp; Söhne &lt;Handel&gt; GmbH")
        .doesNotContain("<vatId></vatId>");
  }
}
