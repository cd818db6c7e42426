package de.opencrm.application.privacy;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.privacy.Consent;
import de.opencrm.domain.privacy.ConsentRepository;
import de.opencrm.domain.privacy.ConsentRow;
import de.opencrm.domain.privacy.Consents;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Consents of a person: everyone who works with customers records the consents they obtain and the
 * withdrawals they hear of, on people they may see; the data protection officer on anyone. Nothing
 * is ever deleted: a withdrawal ends a consent and keeps its proof.
 */
@Permission(area = Area.CONSENTS, operation = Operation.READ)
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN,
  Role.Names.PRIVACY
})
public class ConsentService {

  @Inject ConsentRepository consents;
  @Inject ContactRepository contacts;
  @Inject RecordScopes scopes;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  /**
   * The person's consents; those kept only as proof after an erasure (restricted, Art. 18 DSGVO)
   * only for the data protection officer.
   */
  public List<ConsentRow> consentsOf(long contactId) {
    contact(contactId);
    boolean officer = privacyOfficer();
    return consents.ofContact(contactId).stream()
        .filter(c -> officer || c.getRestrictedUntil() == null)
        .map(ConsentRow::of)
        .toList();
  }

  /** Whether consents can be recorded for the person: not when merged away or erased. */
  public boolean acceptsConsents(long contactId) {
    Contact contact = contact(contactId);
    return !contact.isMerged() && !contact.isErased();
  }

  /** An empty consent for the person: by e-mail, given now, by consent. */
  public ConsentForm newConsent(long contactId) {
    contact(contactId);
    ConsentForm form = new ConsentForm();
    form.setContactId(contactId);
    form.setGivenAt(time.localNow());
    return form;
  }

  @Permission(area = Area.CONSENTS, operation = Operation.CREATE)
  public long recordConsent(@NotNull @Valid ConsentForm form) {
    Contact contact = contact(form.getContactId());
    if (contact.isMerged()) {
      throw new BusinessException("consent.contactMerged");
    }
    if (contact.isErased()) {
      throw new BusinessException("privacy.erased");
    }
    Consents.requireNoneActive(
        consents.ofContact(contact.getId()), form.getPurpose(), form.getChannel());
    Consent consent =
        new Consent(
            contact,
            form.getPurpose(),
            form.getChannel(),
            form.getLegalBasis(),
            form.getSource(),
            time.instant(form.getGivenAt()),
            form.getProof(),
            time.now());
    Stamp stamp = Stamp.of(context);
    consent.recordCreation(stamp.user(), stamp.at());
    return consents.add(consent).getId();
  }

  /** Ends the consent now; the note says how the withdrawal came (a call, an e-mail, a letter). */
  @Permission(area = Area.CONSENTS, operation = Operation.EDIT)
  public void withdrawConsent(long id, long version, @Size(max = Consent.MAX_NOTE) String note) {
    Consent consent =
        consents.findById(id).orElseThrow(() -> new BusinessException("consent.notFound"));
    contact(consent.getContact().getId());
    consent.requireVersion(version);
    Stamp stamp = Stamp.of(context);
    consent.withdraw(stamp.at(), note);
    consent.recordModification(stamp.user(), stamp.at());
  }

  /** The person, when the caller may see them: the data protection officer sees everyone. */
  private Contact contact(Long id) {
    Contact contact =
        contacts
            .findById(id == null ? -1 : id)
            .orElseThrow(() -> new BusinessException("contact.notFound"));
    return privacyOfficer() ? contact : scopes.visible(context, contact);
  }

  private boolean privacyOfficer() {
    return PermissionMatrix.allows(RecordScopes.roles(context), Area.PRIVACY, Operation.READ);
  }
}
