package de.opencrm.application.contact.importing;

import de.opencrm.application.account.AccountForm;
import de.opencrm.domain.contact.importing.CellValues;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportField;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a CSV row's cells into a company's form: a new one, or the stored one an update starts
 * from. Empty cells change nothing; the address is the billing address; tags are added.
 */
final class RowToAccountForm {

  private RowToAccountForm() {}

  static void apply(ColumnMapping mapping, List<String> row, AccountForm form) {
    RowToForm.set(mapping, row, ImportField.COMPANY, form::setName);
    RowToForm.set(
        mapping, row, ImportField.LEGAL_FORM, v -> form.setLegalForm(CellValues.legalForm(v)));
    RowToForm.set(mapping, row, ImportField.VAT_ID, form::setVatId);
    RowToForm.set(mapping, row, ImportField.ERP_NUMBER, form::setErpDebtorNumber);
    RowToForm.set(mapping, row, ImportField.INDUSTRY, form::setIndustry);
    RowToForm.set(mapping, row, ImportField.WEBSITE, form::setWebsite);
    RowToForm.set(mapping, row, ImportField.STREET, form::setStreet);
    RowToForm.set(mapping, row, ImportField.POSTAL_CODE, form::setPostalCode);
    RowToForm.set(mapping, row, ImportField.CITY, form::setCity);
    RowToForm.set(mapping, row, ImportField.COUNTRY, form::setCountry);
    RowToForm.set(
        mapping,
        row,
        ImportField.TAGS,
        v -> {
          List<String> tags = new ArrayList<>(form.getTags());
          CellValues.tags(v).stream().filter(t -> !tags.contains(t)).forEach(tags::add);
          form.setTags(tags);
        });
  }
}
