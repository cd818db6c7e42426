package de.opencrm.web.duplicate;

import de.opencrm.application.duplicate.AccountMergeService;
import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.application.duplicate.MergeNote;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * On a contact's or company's page: choosing the duplicate to merge into this record, and undoing
 * the latest merge into it while that is still possible.
 */
@Named
@ViewScoped
public class MergeActionsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CHOICES = 10;
  private static final String FORM = "mergeStart";

  @Inject SearchService search;
  @Inject ContactMergeService merging;
  @Inject AccountMergeService accountMerging;
  @Inject FacesErrors errors;

  private Long contactId;
  private Long accountId;
  private String duplicateId;
  private MergeNote undoable;
  private boolean looked;

  /** Other records of this page's kind matching the typed text, as choices for the duplicate. */
  public List<SearchHit> completeRecords(String typed) {
    return search.search(typed, CHOICES).stream()
        .filter(h -> h.record().kind() == kind())
        .filter(h -> !recordId().equals(h.record().id()))
        .toList();
  }

  private boolean forAccount() {
    return accountId != null;
  }

  private RecordRef.Kind kind() {
    return forAccount() ? RecordRef.Kind.ACCOUNT : RecordRef.Kind.CONTACT;
  }

  private Long recordId() {
    return forAccount() ? accountId : contactId;
  }

  private String page() {
    return forAccount() ? "/accounts/" : "/contacts/";
  }

  /** Opens the merge page with this contact kept and the chosen one as its duplicate. */
  public String compare() {
    if (duplicateId == null || duplicateId.isBlank()) {
      errors.show(BusinessException.onField("duplicate", "merge.chooseDuplicate"), FORM);
      return null;
    }
    long other = Long.parseLong(duplicateId.substring(duplicateId.indexOf(':') + 1));
    return page() + "merge.xhtml?faces-redirect=true&keep=" + recordId() + "&other=" + other;
  }

  public MergeNote getUndoable() {
    if (!looked && recordId() != null) {
      looked = true;
      Optional<MergeNote> note =
          forAccount()
              ? accountMerging.undoableMergeInto(accountId)
              : merging.undoableMergeInto(contactId);
      undoable = note.orElse(null);
    }
    return undoable;
  }

  public String undo() {
    try {
      if (forAccount()) {
        accountMerging.undoMerge(undoable.mergeId());
      } else {
        merging.undoMerge(undoable.mergeId());
      }
      errors.info("merge.undone", undoable.mergedName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return page()
          + (forAccount() ? "account" : "contact")
          + ".xhtml?faces-redirect=true&id="
          + recordId();
    } catch (RuntimeException e) {
      errors.show(e, null);
      return null;
    }
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(String duplicateId) {
    this.duplicateId = duplicateId;
  }
}
