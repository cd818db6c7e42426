package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.duplicate.MergeRecord;
import de.opencrm.domain.duplicate.MergeRepository;
import de.opencrm.domain.duplicate.MovedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaMergeRepository implements MergeRepository {

  /** The entity of each kind of related row a contact merge moves. */
  private static final Map<MovedRow.Kind, String> ENTITIES =
      Map.of(
          MovedRow.Kind.ACTIVITY, "Activity",
          MovedRow.Kind.TASK, "Task",
          MovedRow.Kind.DOCUMENT, "Document",
          MovedRow.Kind.OPPORTUNITY, "Opportunity",
          MovedRow.Kind.BUYING_ROLE, "OpportunityContact",
          MovedRow.Kind.CONSENT, "Consent");

  /** What a company merge moves: each kind of row by its entity and the path to the company. */
  private static final Map<MovedRow.Kind, String[]> ACCOUNT_ROWS =
      Map.of(
          MovedRow.Kind.ACTIVITY, new String[] {"Activity", "account"},
          MovedRow.Kind.TASK, new String[] {"Task", "account"},
          MovedRow.Kind.DOCUMENT, new String[] {"Document", "account"},
          MovedRow.Kind.CONTACT, new String[] {"Contact", "account"},
          MovedRow.Kind.SUBSIDIARY, new String[] {"Account", "parent"},
          MovedRow.Kind.OPPORTUNITY, new String[] {"Opportunity", "account"});

  /** Oracle accepts at most 1000 values in an IN list. */
  private static final int IN_LIMIT = 1000;

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public MergeRecord add(MergeRecord merge) {
    em.persist(merge);
    return merge;
  }

  @Override
  public Optional<MergeRecord> findById(long id) {
    return Optional.ofNullable(em.find(MergeRecord.class, id));
  }

  @Override
  public Optional<MergeRecord> latestInto(RecordRef survivor) {
    return em.createQuery(
            "SELECT m FROM MergeRecord m WHERE m.kind = :kind AND m.survivorId = :id"
                + " AND m.undoneAt IS NULL ORDER BY m.createdAt DESC, m.id DESC",
            MergeRecord.class)
        .setParameter("kind", survivor.kind())
        .setParameter("id", survivor.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MovedRow> moveContactRows(long fromContactId, long toContactId) {
    List<MovedRow> moved = new ArrayList<>();
    ENTITIES.forEach(
        (kind, entity) -> {
          em.createQuery("SELECT r.id FROM " + entity + " r WHERE r.contact.id = :from", Long.class)
              .setParameter("from", fromContactId)
              .getResultList()
              .forEach(id -> moved.add(new MovedRow(kind, id)));
          em.createQuery("UPDATE " + entity + " r SET r.contact = :to WHERE r.contact.id = :from")
              .setParameter("to", em.getReference(Contact.class, toContactId))
              .setParameter("from", fromContactId)
              .executeUpdate();
        });
    return moved;
  }

  @Override
  public void moveBack(List<MovedRow> rows, long toContactId) {
    ENTITIES.forEach(
        (kind, entity) -> {
          List<Long> ids =
              rows.stream().filter(r -> r.kind() == kind).map(MovedRow::rowId).toList();
          for (int i = 0; i < ids.size(); i += IN_LIMIT) {
            em.createQuery("UPDATE " + entity + " r SET r.contact = :to WHERE r.id IN :ids")
                .setParameter("to", em.getReference(Contact.class, toContactId))
                .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIMIT)))
                .executeUpdate();
          }
        });
  }

  @Override
  public List<MovedRow> moveAccountRows(long fromAccountId, long toAccountId) {
    List<MovedRow> moved = new ArrayList<>();
    Account to = em.getReference(Account.class, toAccountId);
    ACCOUNT_ROWS.forEach(
        (kind, target) -> {
          String entity = target[0];
          String path = target[1];
          em.createQuery(
                  "SELECT r.id FROM " + entity + " r WHERE r." + path + ".id = :from", Long.class)
              .setParameter("from", fromAccountId)
              .getResultList()
              .forEach(id -> moved.add(new MovedRow(kind, id)));
          em.createQuery(
                  "UPDATE "
                      + entity
                      + " r SET r."
                      + path
                      + " = :to WHERE r."
                      + path
                      + ".id = :from")
              .setParameter("to", to)
              .setParameter("from", fromAccountId)
              .executeUpdate();
        });
    return moved;
  }

  @Override
  public void moveBackToAccount(List<MovedRow> rows, long toAccountId) {
    Account to = em.getReference(Account.class, toAccountId);
    ACCOUNT_ROWS.forEach(
        (kind, target) -> {
          List<Long> ids =
              rows.stream().filter(r -> r.kind() == kind).map(MovedRow::rowId).toList();
          for (int i = 0; i < ids.size(); i += IN_LIMIT) {
            em.createQuery(
                    "UPDATE " + target[0] + " r SET r." + target[1] + " = :to WHERE r.id IN :ids")
                .setParameter("to", to)
                .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIMIT)))
                .executeUpdate();
          }
        });
  }
}
