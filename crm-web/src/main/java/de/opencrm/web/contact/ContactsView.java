package de.opencrm.web.contact;

import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.shell.Downloads;
import de.opencrm.web.shell.PagedLazyDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Contact lists: all contacts on their own page, or the contacts of the account being shown ({@code
 * accountId} set by the account page before the list is first asked for).
 */
@Named
@ViewScoped
public class ContactsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContactService contacts;
  @Inject Downloads downloads;

  private Long accountId;
  private PagedLazyDataModel<ContactRow> model;

  public PagedLazyDataModel<ContactRow> getModel() {
    if (model == null) {
      Long account = accountId;
      ContactService service = contacts;
      model =
          new PagedLazyDataModel<>(
              request -> service.listContacts(request, account),
              filter -> service.countContacts(filter, account),
              ContactRow::id);
    }
    return model;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public void exportCsv() throws IOException {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() throws IOException {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) throws IOException {
    downloads.send(
        format,
        "contacts.title",
        List.of("contact.name", "contact.email", "contact.phone", "contact.account"),
        (columns, out) -> contacts.exportContacts(getModel().getFilter(), format, columns, out));
  }

  /** A stored E.164 number the way a German caller writes it ("030 12345678"). */
  public String phone(String e164) {
    return e164 == null ? null : PhoneNumber.ofE164(e164).display("DE");
  }
}
