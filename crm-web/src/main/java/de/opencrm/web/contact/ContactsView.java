package de.opencrm.web.contact;

import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.web.shell.PagedLazyDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Contact lists: all contacts on their own page, or the contacts of the account being shown ({@code
 * accountId} set by the account page before the list is first asked for).
 */
@Named
@ViewScoped
public class ContactsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContactService contacts;

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

  /** A stored E.164 number the way a German caller writes it ("030 12345678"). */
  public String phone(String e164) {
    return e164 == null ? null : PhoneNumber.ofE164(e164).display("DE");
  }
}
