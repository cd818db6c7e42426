package de.opencrm.web.duplicate;

import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.domain.duplicate.ContactField;
import de.opencrm.web.format.Times;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The merge page: two contacts side by side, field by field; the user picks what survives, may swap
 * which contact stays, and merges.
 */
@Named
@ViewScoped
public class ContactMergeView extends MergePage<ContactField, ContactForm> {

  private static final long serialVersionUID = 1L;

  @Inject ContactService contacts;
  @Inject ContactMergeService merging;
  @Inject Times times;

  public ContactMergeView() {
    super(ContactField.class);
  }

  @Override
  protected ContactForm load(long id) {
    return contacts.loadContact(id);
  }

  @Override
  protected List<CustomEntry> customOf(ContactForm record) {
    return record.getCustom();
  }

  @Override
  protected String merge(
      ContactForm kept, ContactForm other, Set<ContactField> takeOther, Set<Long> customFromOther) {
    merging.mergeContacts(
        kept.getId(),
        kept.getVersion(),
        other.getId(),
        other.getVersion(),
        takeOther,
        customFromOther);
    errors.info("merge.done", other.getDisplayName(), kept.getDisplayName());
    return "/contacts/contact.xhtml?faces-redirect=true&id=" + kept.getId();
  }

  @Override
  protected List<MergeRow<ContactField>> compare(ContactForm a, ContactForm b) {
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
}
