package de.opencrm.web.account;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.application.tag.TagService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.web.duplicate.DuplicateWarning;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One account: shown read-only to those who may not change it, as a form to the others; new when no
 * id is given.
 */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "accountForm";

  @Inject AccountService accounts;
  @Inject FacesErrors errors;
  @Inject TagService tags;
  @Inject DuplicateService duplicates;

  private final DuplicateWarning duplicateWarning = new DuplicateWarning();
  private Long id;
  private boolean editing;
  private transient Page<AccountRow> subsidiaries;

  /** More subsidiaries than this are for the list, filtered, not for the company page. */
  private static final int SUBSIDIARIES_SHOWN = 50;

  private AccountForm form;

  /** Called by f:viewAction once the id parameter is read. */
  public void load() {
    if (form != null) {
      return;
    }
    try {
      form = id == null ? accounts.newAccount() : accounts.loadAccount(id);
    } catch (RuntimeException e) {
      form = new AccountForm();
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
        id = accounts.createAccount(form);
        errors.info("account.created", form.getName());
      } else {
        accounts.updateAccount(form);
        errors.info("account.saved", form.getName());
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/accounts/account.xhtml?faces-redirect=true&tab=details&id=" + id;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  /**
   * Whether the fields show as a form: a new company always, a stored one after "Bearbeiten" (the
   * address's {@code edit=true}) for those who may change or tag it.
   */
  public boolean isEditing() {
    return form != null && (form.isNew() || editing && (form.isEditable() || form.isTaggable()));
  }

  public void setEditing(boolean editing) {
    this.editing = editing;
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public CustomerTier[] getTiers() {
    return CustomerTier.values();
  }

  public CompanySize[] getSizes() {
    return CompanySize.values();
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

  public void setId(Long id) {
    this.id = id;
  }

  public AccountForm getForm() {
    return form;
  }

  /** Saves only the tags: for marketing, who tags records it may not otherwise change. */
  public String saveTags() {
    try {
      tags.retag(RecordRef.account(id), form.getVersion(), form.getTags());
      errors.info("tag.saved", form.getName());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/accounts/account.xhtml?faces-redirect=true&tab=details&id=" + id;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  /** Companies whose name fits what the user typed, for the parent company chooser. */
  public List<AccountChoice> completeParents(String typed) {
    return accounts.listAccounts(new PageRequest(0, 10, "name", true, typed)).rows().stream()
        .filter(a -> !a.id().equals(id))
        .map(a -> new AccountChoice(a.id(), a.fullName()))
        .toList();
  }

  public AccountChoice getParent() {
    return form == null || form.getParentId() == null
        ? null
        : new AccountChoice(form.getParentId(), form.getParentName());
  }

  public void setParent(AccountChoice parent) {
    form.setParentId(parent == null ? null : parent.id());
    form.setParentName(parent == null ? null : parent.name());
  }

  /** The first companies of the group below this one, by name; loaded once per page. */
  public Page<AccountRow> getSubsidiaries() {
    if (subsidiaries == null) {
      subsidiaries =
          id == null
              ? new Page<>(List.of(), 0)
              : accounts.listAccounts(
                  new PageRequest(
                      0, SUBSIDIARIES_SHOWN, "name", true, null, Map.of("parent", id.toString())));
    }
    return subsidiaries;
  }
}
