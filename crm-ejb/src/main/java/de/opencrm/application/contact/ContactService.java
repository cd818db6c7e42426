package de.opencrm.application.contact;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.audit.SensitiveReads;
import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.ListExport;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.application.customfield.CustomFieldValues;
import de.opencrm.application.tag.TaggedRecords;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactEmail;
import de.opencrm.domain.contact.ContactPhone;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.EmailShape;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.customfield.CustomFieldRow;
import de.opencrm.integration.export.ExportFormat;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Contacts (people): the same rights as accounts, and a contact's company comes along in lists and
 * search.
 */
@Permission(area = Area.CONTACTS, operation = Operation.READ)
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
/**
 * Longer than 300 lines: every change of a person goes through the same visibility, duplicate and
 * audit steps, kept in one service so none is skipped.
 */
public class ContactService {

  /** Something@somewhere.tld; the primary address is checked by Bean Validation's @Email. */
  @Inject AuditJournal journal;

  @Inject ContactRepository contacts;
  @Inject AccountRepository accounts;
  @Inject UserRepository users;
  @Inject TaggedRecords tags;
  @Inject CustomFieldValues customValues;
  @Inject CustomFieldService customFields;
  @Inject RecordScopes scopes;
  @Inject SensitiveReads sensitiveReads;
  @Resource SessionContext context;

  public Page<ContactRow> listContacts(@NotNull PageRequest request, Long accountId) {
    return contacts.list(request, accountId, scopes.of(context, Area.CONTACTS));
  }

  public long countContacts(@NotNull PageRequest request, Long accountId) {
    return contacts.count(request, accountId, scopes.of(context, Area.CONTACTS));
  }

  /**
   * Writes every contact the list's filter and criteria match, in its order, one SQL page at a
   * time; the caller names the columns.
   */
  @Permission(area = Area.CONTACTS, operation = Operation.EXPORT)
  public int exportContacts(
      @NotNull PageRequest selection,
      @NotNull ExportFormat format,
      @NotNull List<String> columns,
      @NotNull Locale locale,
      @NotNull OutputStream out)
      throws IOException {
    RecordScope scope = scopes.of(context, Area.CONTACTS);
    List<CustomFieldRow> custom = customFields.activeFields(RecordRef.Kind.CONTACT);
    List<String> headers = new ArrayList<>(columns);
    custom.forEach(f -> headers.add(f.label(locale)));
    int rows =
        ListExport.write(
            format,
            "Contacts",
            headers,
            out,
            selection,
            request -> contacts.list(request, null, scope),
            row -> {
              List<Object> cells = new ArrayList<>();
              cells.addAll(
                  Arrays.asList(
                      row.fullName(),
                      row.email(),
                      row.phone() == null ? null : PhoneNumber.ofE164(row.phone()).display("DE"),
                      row.accountName(),
                      String.join(", ", row.tags())));
              cells.addAll(CustomFieldValues.cells(custom, row.custom(), locale));
              return cells;
            });
    journal.recordExport("Contact", format.name(), rows, selection.filter(), selection.criteria());
    return rows;
  }

  public ContactForm loadContact(long id) {
    Contact contact = find(id);
    ContactForm form = new ContactForm();
    form.setId(contact.getId());
    form.setVersion(contact.getVersion());
    form.setSalutation(contact.getSalutation());
    form.setTitle(contact.getTitle());
    form.setFirstName(contact.getFirstName());
    form.setLastName(contact.getLastName());
    form.setPosition(contact.getPosition());
    List<ContactEmail> emails = contact.getEmails();
    if (!emails.isEmpty()) {
      form.setEmail(emails.get(0).getAddress());
      form.setEmailKind(emails.get(0).getKind());
      emails.stream()
          .skip(1)
          .forEach(e -> form.getMoreEmails().add(new ChannelEntry(e.getAddress(), e.getKind())));
    }
    List<ContactPhone> phones = contact.getPhones();
    if (!phones.isEmpty()) {
      form.setPhone(PhoneNumber.ofE164(phones.get(0).getE164()).display("DE"));
      form.setPhoneKind(phones.get(0).getKind());
      phones.stream()
          .skip(1)
          .forEach(
              p ->
                  form.getMorePhones()
                      .add(
                          new ChannelEntry(
                              PhoneNumber.ofE164(p.getE164()).display("DE"), p.getKind())));
    }
    form.showAddress(contact.getAddress());
    form.setBirthday(contact.getBirthday());
    form.setPreferredLanguage(contact.getPreferredLanguage());
    if (contact.getAccount() != null) {
      form.setAccountId(contact.getAccount().getId());
      form.setAccountName(contact.getAccount().getName());
    }
    form.setOwnerName(contact.getOwner().getDisplayName());
    form.setErasedAt(contact.getErasedAt());
    boolean living = !contact.isMerged() && !contact.isErased();
    form.setEditable(living && mayEdit(contact));
    form.setTags(contact.tagNames());
    form.setTaggable(form.isEditable() || living && context.isCallerInRole(Role.Names.MARKETING));
    if (contact.isMerged()) {
      form.setMergedIntoId(contact.getMergedInto().getId());
      form.setMergedIntoName(contact.getMergedInto().getLastName());
    }
    form.setCustom(customValues.entriesOf(RecordRef.Kind.CONTACT, contact));
    form.setUnchecked(new ArrayList<>(contact.getUnchecked()));
    sensitiveReads.read("Contact", contact.getId(), contact);
    return form;
  }

  /** A new contact, under the given account or on their own. */
  public ContactForm newContact(Long accountId) {
    ContactForm form = new ContactForm();
    form.setCustom(customValues.entriesOf(RecordRef.Kind.CONTACT, null));
    if (accountId != null) {
      Account account = account(accountId);
      form.setAccountId(account.getId());
      form.setAccountName(account.getName());
    }
    return form;
  }

  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.CONTACTS, operation = Operation.CREATE)
  public long createContact(@NotNull @Valid ContactForm form) {
    Stamp stamp = Stamp.of(context);
    Contact contact = new Contact(form.getLastName(), me());
    apply(form, contact);
    customValues.apply(RecordRef.Kind.CONTACT, form.getCustom(), contact);
    contact.retag(tags.resolve(form.getTags(), stamp));
    contact.keepUnchecked(form.getSetAside());
    contact.recordCreation(stamp.user(), stamp.at());
    return contacts.add(contact).getId();
  }

  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.CONTACTS, operation = Operation.EDIT)
  public void updateContact(@NotNull @Valid ContactForm form) {
    Contact contact = find(form.getId() == null ? -1 : form.getId());
    contact.requireVersion(form.getVersion());
    if (contact.isMerged()) {
      throw new BusinessException("merge.alreadyMerged", contact.getLastName());
    }
    if (contact.isErased()) {
      throw new BusinessException("privacy.erased");
    }
    if (!mayEdit(contact)) {
      throw new BusinessException("contact.notYours", contact.getOwner().getDisplayName());
    }
    Stamp stamp = Stamp.of(context);
    apply(form, contact);
    customValues.apply(RecordRef.Kind.CONTACT, form.getCustom(), contact);
    contact.retag(tags.resolve(form.getTags(), stamp));
    contact.keepUnchecked(form.getSetAside());
    contact.recordModification(stamp.user(), stamp.at());
  }

  /** Somebody has looked at what imports could not check and tidied the person. */
  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @Permission(area = Area.CONTACTS, operation = Operation.EDIT)
  public void markChecked(long id, long version) {
    Contact contact = find(id);
    contact.requireVersion(version);
    if (!mayEdit(contact)) {
      throw new BusinessException("contact.notYours", contact.getOwner().getDisplayName());
    }
    Stamp stamp = Stamp.of(context);
    contact.markChecked();
    contact.recordModification(stamp.user(), stamp.at());
  }

  private void apply(ContactForm form, Contact contact) {
    List<ContactEmail> emails = new ArrayList<>();
    if (form.getEmail() != null && !form.getEmail().isBlank()) {
      emails.add(new ContactEmail(form.getEmail(), form.getEmailKind()));
    }
    for (ChannelEntry more : form.getMoreEmails()) {
      if (!more.isBlank()) {
        if (!EmailShape.fits(more.getValue())) {
          throw new BusinessException("contact.emailInvalid", more.getValue().strip());
        }
        emails.add(new ContactEmail(more.getValue(), more.getKind()));
      }
    }
    List<ContactPhone> phones = new ArrayList<>();
    if (form.getPhone() != null && !form.getPhone().isBlank()) {
      phones.add(
          new ContactPhone(
              PhoneNumber.parse(form.getPhone(), "DE")
                  .orElseThrow(() -> BusinessException.onField("phone", "contact.phoneInvalid")),
              form.getPhoneKind()));
    }
    for (ChannelEntry more : form.getMorePhones()) {
      if (!more.isBlank()) {
        phones.add(
            new ContactPhone(
                PhoneNumber.parse(more.getValue(), "DE")
                    .orElseThrow(
                        () -> new BusinessException("contact.phoneInvalidValue", more.getValue())),
                more.getKind()));
      }
    }
    Address address = form.checkedAddress();
    contact.name(form.getSalutation(), form.getTitle(), form.getFirstName(), form.getLastName());
    contact.describe(
        form.getPosition(),
        form.getBirthday(),
        form.getPreferredLanguage(),
        form.getAccountId() == null ? null : account(form.getAccountId()));
    contact.reachAt(emails, phones);
    contact.live(address);
  }

  private boolean mayEdit(Contact contact) {
    return CallerAccess.mayEdit(context, me(), contact.getOwner(), contact.getTeam());
  }

  private Account account(long id) {
    return scopes.visible(
        context,
        accounts.findById(id).orElseThrow(() -> new BusinessException("account.notFound")));
  }

  private Contact find(long id) {
    return scopes.visible(
        context,
        contacts.findById(id).orElseThrow(() -> new BusinessException("contact.notFound")));
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
