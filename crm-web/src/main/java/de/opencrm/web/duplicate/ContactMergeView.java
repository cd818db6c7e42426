package de.opencrm.web.duplicate;

import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.domain.duplicate.ContactField;
import de.opencrm.web.shell.FacesErrors;
import de.opencrm.web.shell.Times;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The merge page: two contacts side by side, field by field; the user picks what survives, may swap
 * which contact stays, and merges.
 */
@Named
@ViewScoped
public class ContactMergeView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "mergeForm";

  @Inject ContactService contacts;
  @Inject ContactMergeService merging;
  @Inject FacesErrors errors;
  @Inject Times times;

  private Long keepId;
  private Long otherId;
  private ContactForm kept;
  private ContactForm other;
  private List<MergeRow<ContactField>> rows = List.of();

  /** Called by f:viewAction once both ids are read. */
  public void load() {
    if (kept != null || keepId == null || otherId == null) {
      return;
    }
    try {
      kept = contacts.loadContact(keepId);
      other = contacts.loadContact(otherId);
      rows = compare(kept, other);
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void swap() {
    ContactForm formerlyKept = kept;
    kept = other;
    other = formerlyKept;
    rows = compare(kept, other);
  }

  public String merge() {
    Set<ContactField> takeOther = EnumSet.noneOf(ContactField.class);
    rows.stream().filter(MergeRow::isTakeOther).forEach(r -> takeOther.add(r.getField()));
    try {
      merging.mergeContacts(
          kept.getId(), kept.getVersion(), other.getId(), other.getVersion(), takeOther);
      errors.info("merge.done", other.getDisplayName(), kept.getDisplayName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/contacts/contact.xhtml?faces-redirect=true&id=" + kept.getId();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  private List<MergeRow<ContactField>> compare(ContactForm a, ContactForm b) {
    return List.of(
        new MergeRow<>(ContactField.SALUTATION, salutation(a), salutation(b)),
        new MergeRow<>(ContactField.TITLE, a.getTitle(), b.getTitle()),
        new MergeRow<>(ContactField.FIRST_NAME, a.getFirstName(), b.getFirstName()),
        new MergeRow<>(ContactField.LAST_NAME, a.getLastName(), b.getLastName()),
        new MergeRow<>(ContactField.POSITION, a.getPosition(), b.getPosition()),
        new MergeRow<>(ContactField.EMAIL, a.getEmail(), b.getEmail()),
        new MergeRow<>(ContactField.PHONE, a.getPhone(), b.getPhone()),
        new MergeRow<>(
            ContactField.BIRTHDAY, times.date(a.getBirthday()), times.date(b.getBirthday())),
        new MergeRow<>(ContactField.LANGUAGE, a.getPreferredLanguage(), b.getPreferredLanguage()),
        new MergeRow<>(ContactField.ACCOUNT, a.getAccountName(), b.getAccountName()));
  }

  private String salutation(ContactForm form) {
    return form.getSalutation() == null
        ? null
        : errors.text("salutation." + form.getSalutation().name());
  }

  public List<MergeRow<ContactField>> getRows() {
    return rows;
  }

  public ContactForm getKept() {
    return kept;
  }

  public ContactForm getOther() {
    return other;
  }

  public Long getKeepId() {
    return keepId;
  }

  public void setKeepId(Long keepId) {
    this.keepId = keepId;
  }

  public Long getOtherId() {
    return otherId;
  }

  public void setOtherId(Long otherId) {
    this.otherId = otherId;
  }
}
