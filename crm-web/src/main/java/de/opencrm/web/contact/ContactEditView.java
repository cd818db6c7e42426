package de.opencrm.web.contact;

import de.opencrm.application.contact.ChannelEntry;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.application.tag.TagService;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.Salutation;
import de.opencrm.web.duplicate.DuplicateWarning;
import de.opencrm.web.page.EditOnDemand;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One contact: a form for those who may change it, read-only for the others; new when no id is
 * given.
 */
@Named
@ViewScoped
public class ContactEditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "contactForm";

  @Inject ContactService contacts;
  @Inject FacesErrors errors;
  @Inject TagService tags;
  @Inject DuplicateService duplicates;

  private final DuplicateWarning duplicateWarning = new DuplicateWarning();
  private Long id;
  private boolean editing;
  private Long accountId;
  private ContactForm form;

  /** Called by f:viewAction once the parameters are read. */
  public void load() {
    if (form != null) {
      return;
    }
    try {
      form = id == null ? contacts.newContact(accountId) : contacts.loadContact(id);
    } catch (RuntimeException e) {
      form = new ContactForm();
      form.setEditable(false);
      errors.show(e, FORM);
    }
  }

  public String save() {
    try {
      if (form.isNew() && !duplicateWarning.clears(() -> duplicates.likelyDuplicatesOf(form))) {
        return null;
      }
      if (form.isNew()) {
        id = contacts.createContact(form);
        errors.info("contact.created", form.getLastName());
      } else {
        contacts.updateContact(form);
        errors.info("contact.saved", form.getLastName());
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/contacts/contact.xhtml?faces-redirect=true&tab=details&id=" + id;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  public void addEmail() {
    form.getMoreEmails().add(new ChannelEntry());
  }

  public void removeEmail(int index) {
    form.getMoreEmails().remove(index);
  }

  public void addPhone() {
    form.getMorePhones().add(new ChannelEntry());
  }

  public void removePhone(int index) {
    form.getMorePhones().remove(index);
  }

  public ChannelKind[] getChannelKinds() {
    return ChannelKind.values();
  }

  public Salutation[] getSalutations() {
    return Salutation.values();
  }

  /** The user has looked at the likely duplicates and says this is a different one. */
  public String saveAnyway() {
    duplicateWarning.overrule();
    return save();
  }

  public DuplicateWarning getDuplicateWarning() {
    return duplicateWarning;
  }

  public Long getId() {
    return id;
  }

  /** Whether the fields show as a form rather than read-only. */
  public boolean isEditing() {
    return form != null
        && EditOnDemand.editing(form.isNew(), editing, form.isEditable(), form.isTaggable());
  }

  public void setEditing(boolean editing) {
    this.editing = editing;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public ContactForm getForm() {
    return form;
  }

  /** Saves only the tags: for marketing, who tags records it may not otherwise change. */
  public String saveTags() {
    try {
      tags.retag(RecordRef.contact(id), form.getVersion(), form.getTags());
      errors.info("tag.saved", form.getLastName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/contacts/contact.xhtml?faces-redirect=true&tab=details&id=" + id;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  /** The values imports could not check have been looked at: they go. */
  public String markChecked() {
    try {
      contacts.markChecked(id, form.getVersion());
      errors.info("unchecked.done", form.getLastName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/contacts/contact.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }
}
