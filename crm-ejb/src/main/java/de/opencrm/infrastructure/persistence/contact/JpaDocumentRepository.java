package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.document.DocumentRepository;
import de.opencrm.domain.document.DocumentRow;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Document> findById(long id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  /** Served by the (account_id, created_at) and (contact_id, created_at) indexes of V8. */
  @Override
  public Page<DocumentRow> filedOn(RecordRef record, PageRequest request) {
    // documents kept only for their retention after an erasure are restricted (Art. 18 DSGVO)
    String where = " WHERE " + Jpql.recordCondition("d", record) + " AND d.restrictedUntil IS NULL";
    return Jpql.pageOf(
        em,
        "SELECT d.id, d.version, d.fileName, d.sizeBytes, d.createdAt, u.username,"
            + " u.displayName, c.id, c.firstName, c.lastName"
            + " FROM Document d JOIN d.uploader u LEFT JOIN d.contact c"
            + where
            + " ORDER BY d.createdAt DESC, d.id DESC",
        "SELECT COUNT(d) FROM Document d" + where,
        record.id(),
        request,
        r ->
            new DocumentRow(
                (Long) r[0],
                (Long) r[1],
                (String) r[2],
                (Long) r[3],
                (Instant) r[4],
                (String) r[5],
                (String) r[6],
                (Long) r[7],
                Jpql.personName((String) r[8], (String) r[9])));
  }

  @Override
  public Document add(Document document) {
    em.persist(document);
    return document;
  }

  @Override
  public void remove(Document document) {
    em.remove(document);
  }
}
