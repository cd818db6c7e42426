package de.opencrm.application.privacy;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Erasure by anonymisation on a person's request (Art. 17 DSGVO): the person and the duplicates
 * merged into them lose every personal field; journal entries, tasks and documents without a
 * retention duty are deleted, those with one are kept restricted (Art. 18) until it ends; consents
 * are withdrawn and kept as proof. One transaction, one entry in the audit journal with what was
 * done and why.
 */
@Permission(area = Area.PRIVACY, operation = Operation.READ)
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY})
public class ErasureService {

  @Inject ContactRepository contacts;
  @Inject SubjectErasure erasure;
  @Resource SessionContext context;

  /** What an erasure would do now; nothing changes. */
  public ErasurePreview previewErasure(long contactId) {
    return erasure.preview(find(contactId));
  }

  /**
   * Erases the person as previewed; {@code reason} names the request (a letter, a ticket number).
   * Refused when the person changed since the preview.
   */
  @Permission(area = Area.PRIVACY, operation = Operation.DELETE)
  public ErasurePreview eraseSubject(
      long contactId, long version, @NotBlank @Size(max = 200) String reason) {
    Contact contact = find(contactId);
    contact.requireVersion(version);
    if (contact.isErased()) {
      throw new BusinessException("privacy.alreadyErased");
    }
    return erasure.erase(contact, Stamp.of(context), reason);
  }

  private Contact find(long id) {
    return contacts.findById(id).orElseThrow(() -> new BusinessException("contact.notFound"));
  }
}
