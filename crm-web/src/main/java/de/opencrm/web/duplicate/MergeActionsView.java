package de.opencrm.web.duplicate;

import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.application.duplicate.MergeNote;
import de.opencrm.application.search.SearchService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.search.SearchHit;
import de.opencrm.web.shell.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * On a contact's page: choosing the duplicate to merge into this contact, and undoing the latest
 * merge into it while that is still possible.
 */
@Named
@ViewScoped
public class MergeActionsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CHOICES = 10;
  private static final String FORM = "mergeStart";

  @Inject SearchService search;
  @Inject ContactMergeService merging;
  @Inject FacesErrors errors;

  private Long contactId;
  private String duplicateId;
  private MergeNote undoable;
  private boolean looked;

  /** Other contacts matching the typed text, as choices for the duplicate. */
  public List<SearchHit> completeContacts(String typed) {
    return search.search(typed, CHOICES).stream()
        .filter(h -> h.record().kind() == RecordRef.Kind.CONTACT)
        .filter(h -> !contactId.equals(h.record().id()))
        .toList();
  }

  /** Opens the merge page with this contact kept and the chosen one as its duplicate. */
  public String compare() {
    if (duplicateId == null || duplicateId.isBlank()) {
      errors.show(BusinessException.onField("duplicate", "merge.chooseDuplicate"), FORM);
      return null;
    }
    long other = Long.parseLong(duplicateId.substring(duplicateId.indexOf(':') + 1));
    return "/contacts/merge.xhtml?faces-redirect=true&keep=" + contactId + "&other=" + other;
  }

  public MergeNote getUndoable() {
    if (!looked && contactId != null) {
      looked = true;
      Optional<MergeNote> note = merging.undoableMergeInto(contactId);
      undoable = note.orElse(null);
    }
    return undoable;
  }

  public String undo() {
    try {
      merging.undoMerge(undoable.mergeId());
      errors.info("merge.undone", undoable.mergedName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/contacts/contact.xhtml?faces-redirect=true&id=" + contactId;
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

  public String getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(String duplicateId) {
    this.duplicateId = duplicateId;
  }
}
