package de.opencrm.integration.erp;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the CRM's new customers for the ERP (root {@code newCustomers} of erp-exchange-1.xsd) one
 * at a time, so a file of any length is never held in memory.
 */
public final class ErpNewCustomersWriter implements AutoCloseable {

  /** A customer the ERP does not know yet; crmId comes back with its debtor number. */
  public record NewCustomer(
      long crmId,
      String name,
      String vatId,
      String street,
      String postalCode,
      String city,
      String country) {}

  private final XMLStreamWriter xml;
  private int written;

  public ErpNewCustomersWriter(OutputStream out) throws IOException {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("newCustomers");
      xml.writeDefaultNamespace(ErpKind.NAMESPACE);
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public void write(NewCustomer customer) throws IOException {
    try {
      xml.writeCharacters("  ");
      xml.writeStartElement("customer");
      element("crmId", String.valueOf(customer.crmId()));
      element("name", customer.name());
      element("vatId", customer.vatId());
      element("street", customer.street());
      element("postalCode", customer.postalCode());
      element("city", customer.city());
      element("country", customer.country());
      xml.writeEndElement();
      xml.writeCharacters("\n");
      written++;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void element(String name, String value) throws XMLStreamException {
    if (value != null && !value.isBlank()) {
      xml.writeStartElement(name);
      xml.writeCharacters(value);
      xml.writeEndElement();
    }
  }

  public int written() {
    return written;
  }

  /** Ends the document; the stream stays open for its owner. */
  @Override
  public void close() throws IOException {
    try {
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
