package de.opencrm.application.document;

import de.opencrm.application.activity.JournalTargets;
import de.opencrm.application.common.AfterTransaction;
import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.document.DocumentRepository;
import de.opencrm.domain.document.DocumentRow;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.document.LimitedUpload;
import de.opencrm.domain.document.UploadPolicy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Documents on companies and people. The row and the file live and die together: a file stored for
 * a transaction that rolls back is removed again, and a deleted document's file goes only once the
 * deletion is committed. Everyone who works with customers reads them; sales, managers and service
 * file them; the uploader or an administrator deletes them.
 */
@Permission(area = Area.DOCUMENTS, operation = Operation.READ)
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class DocumentService {

  private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject JournalTargets targets;
  @Inject UserRepository users;
  @Inject UploadPolicy policy;
  @Resource SessionContext context;
  @Resource TransactionSynchronizationRegistry transaction;

  /** What may be uploaded, for the page to say and to check before sending. */
  public UploadPolicy uploadPolicy() {
    return policy;
  }

  public Page<DocumentRow> filedOn(@NotNull RecordRef record, @NotNull PageRequest request) {
    targets.resolve(record, context);
    return documents.filedOn(record, request);
  }

  /** Files an upload on the record; refused by name, announced size, signature or real size. */
  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.SERVICE, Role.Names.ADMIN})
  @Permission(area = Area.DOCUMENTS, operation = Operation.CREATE)
  public long fileDocument(
      @NotNull RecordRef record, String fileName, long size, @NotNull InputStream content) {
    JournalTarget target = targets.resolve(record, context);
    UploadPolicy.AcceptedUpload upload = policy.accept(fileName, size);
    DocumentStore.StoredFile stored;
    try {
      stored = store.store(LimitedUpload.of(content, upload, policy));
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "upload of " + upload.fileName() + " could not be stored", e);
      throw new BusinessException("document.notStored", upload.fileName());
    }
    AfterTransaction.onRollback(transaction, () -> store.delete(stored.key()));
    Document document = new Document(target, upload, stored, me());
    Stamp stamp = Stamp.of(context);
    document.recordCreation(stamp.user(), stamp.at());
    return documents.add(document).getId();
  }

  public DocumentFile openDocument(long id) {
    Document document = find(id);
    targets.requireVisible(document, context);
    try {
      return new DocumentFile(
          document.getFileName(),
          document.getContentType(),
          document.getSizeBytes(),
          store.open(document.getStorageKey()));
    } catch (UncheckedIOException e) {
      LOG.log(Level.SEVERE, "the file of document " + id + " is missing from the store", e);
      throw new BusinessException("document.fileMissing", document.getFileName());
    }
  }

  @Permission(area = Area.DOCUMENTS, operation = Operation.DELETE)
  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.SERVICE, Role.Names.ADMIN})
  public void deleteDocument(long id, long version) {
    Document document = find(id);
    document.requireVersion(version);
    if (!context.isCallerInRole(Role.Names.ADMIN) && !document.uploadedBy(me())) {
      throw new BusinessException("document.notYours", document.getUploader().getDisplayName());
    }
    String key = document.getStorageKey();
    documents.remove(document);
    AfterTransaction.onCommit(
        transaction,
        () -> {
          if (!store.delete(key)) {
            LOG.warning("the file " + key + " of deleted document " + id + " was already gone");
          }
        });
  }

  private Document find(long id) {
    return documents.findById(id).orElseThrow(() -> new BusinessException("document.notFound"));
  }

  private User me() {
    return CallerAccess.caller(context, users);
  }
}
