package de.opencrm.integration.erp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of records the ERP delivers, one kind per file: the file name starts with the kind's
 * prefix ({@code debtors-2026-11-24.xml}, {@code open-items.csv}); XML root and record element and
 * the CSV header follow the contract. Applied in this order, so invoices find their debtors.
 */
public enum ErpKind {
  DEBTORS(
      "debtors",
      "debtors",
      "debtor",
      "debtorNumber",
      List.of(
          "debtorNumber",
          "name",
          "legalForm",
          "vatId",
          "street",
          "postalCode",
          "city",
          "country",
          "paymentTerms",
          "creditLimit",
          "blocked")),
  INVOICES(
      "invoices",
      "invoices",
      "invoice",
      "invoiceNumber",
      List.of(
          "invoiceNumber",
          "debtorNumber",
          "invoiceDate",
          "net",
          "gross",
          "currency",
          "netEur",
          "status")),
  OPEN_ITEMS(
      "open-items",
      "openItems",
      "openItem",
      "documentNumber",
      List.of("documentNumber", "debtorNumber", "dueDate", "openAmount"));

  public static final String NAMESPACE = "urn:opencrm:erp:1";

  private final String filePrefix;
  private final String rootElement;
  private final String recordElement;
  private final String keyField;
  private final List<String> fields;

  ErpKind(
      String filePrefix,
      String rootElement,
      String recordElement,
      String keyField,
      List<String> fields) {
    this.filePrefix = filePrefix;
    this.rootElement = rootElement;
    this.recordElement = recordElement;
    this.keyField = keyField;
    this.fields = fields;
  }

  /** The kind a file holds by its name, if the name follows the contract. */
  public static Optional<ErpKind> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (ErpKind kind : values()) {
      if (name.startsWith(kind.filePrefix) && ErpFormat.ofFileName(name).isPresent()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  public String rootElement() {
    return rootElement;
  }

  public String recordElement() {
    return recordElement;
  }

  /** The field that names a record and may occur only once in a file. */
  public String keyField() {
    return keyField;
  }

  /** The fields in the order of the CSV header. */
  public List<String> fields() {
    return fields;
  }
}
