package de.opencrm.web.contact;

import de.opencrm.application.contact.CardImport;
import de.opencrm.application.contact.ContactCardService;
import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.PagedLazyDataModel;
import de.opencrm.web.savedview.RecordListView;
import ezvcard.VCardVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * Contact lists: all contacts on their own page, or the contacts of the account being shown ({@code
 * accountId} set by the account page before the list is first asked for).
 */
@Named
@ViewScoped
public class ContactsView extends RecordListView<ContactRow> {

  private static final long serialVersionUID = 1L;

  public ContactsView() {
    super(
        RecordRef.Kind.CONTACT,
        "contacts",
        ":listForm:contacts",
        Map.of("email", true, "phone", true, "account", true, "tags", true),
        ContactRow::id);
  }

  @Inject ContactService contacts;

  /** Address book exports are small; a larger file is no vCard export. */
  private static final long MAX_UPLOAD_BYTES = 5_000_000;

  @Inject Downloads downloads;
  @Inject ContactCardService cards;

  private Long accountId;
  private Long accountTotal;
  private PagedLazyDataModel<ContactRow> model;
  private transient UploadedFile upload;
  private CardImport cardImport;

  @Override
  public PagedLazyDataModel<ContactRow> getModel() {
    if (model == null) {
      Long account = accountId;
      ContactService service = contacts;
      model =
          new PagedLazyDataModel<>(
              request -> service.listContacts(request, account),
              request -> service.countContacts(request, account),
              ContactRow::id);
    }
    return model;
  }

  /** Whether the list found more than it counts, so the user had better narrow the search. */
  public boolean isCountCapped() {
    return model != null && Page.isCapped(model.getRowCount());
  }

  public int getCountLimit() {
    return Page.COUNT_LIMIT;
  }

  public Long getAccountId() {
    return accountId;
  }

  /** How many people the company has that the user sees, for the heading above them. */
  public long getAccountTotal() {
    if (accountTotal == null) {
      accountTotal =
          accountId == null ? 0 : contacts.countContacts(PageRequest.of(0, 1), accountId);
    }
    return accountTotal;
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
        List.of("contact.name", "contact.email", "contact.phone", "contact.account", "tag.tags"),
        (columns, out) ->
            contacts.exportContacts(getModel().selection(), format, columns, locale(), out));
  }

  /** The contacts the list shows as a vCard 3.0 file, which every address book reads. */
  public void exportVCard() throws IOException {
    String filter = getModel().getFilter();
    downloads.send(
        "contacts.title",
        "vcf",
        "text/vcard; charset=UTF-8",
        out -> cards.exportCards(filter, VCardVersion.V3_0, out));
  }

  /** Imports the uploaded vCard file; the outcome is shown above the list. */
  public void importCards() {
    if (upload == null || upload.getSize() == 0) {
      errors.show(new BusinessException("vcard.noFile"), null);
      return;
    }
    String name = upload.getFileName() == null ? "" : upload.getFileName().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".vcf") && !name.endsWith(".vcard")) {
      errors.show(new BusinessException("vcard.wrongType", upload.getFileName()), null);
      return;
    }
    if (upload.getSize() > MAX_UPLOAD_BYTES) {
      errors.show(new BusinessException("vcard.tooLarge", MAX_UPLOAD_BYTES / 1_000_000), null);
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      cardImport = cards.importCards(in);
      errors.info("vcard.imported", cardImport.created(), cardImport.read());
      model = null;
    } catch (IOException e) {
      errors.show(new BusinessException("vcard.unreadable"), null);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public CardImport getCardImport() {
    return cardImport;
  }

  /** A problem's reason in the user's language. */
  /** Only people with values an import could not check. */
  public boolean isOnlyUnchecked() {
    return "true".equals(getModel().getCriteria().get(ContactRepository.UNCHECKED));
  }

  public void setOnlyUnchecked(boolean only) {
    if (only) {
      getModel().getCriteria().put(ContactRepository.UNCHECKED, "true");
    } else {
      getModel().getCriteria().remove(ContactRepository.UNCHECKED);
    }
  }

  public String reason(CardImport.Problem problem) {
    return errors.text(problem.messageKey(), problem.arguments().toArray());
  }

  /** A stored E.164 number the way a German caller writes it ("030 12345678"). */
  public String phone(String e164) {
    return e164 == null ? null : PhoneNumber.ofE164(e164).display("DE");
  }
}
