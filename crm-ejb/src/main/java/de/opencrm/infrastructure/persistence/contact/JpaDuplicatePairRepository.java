package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.duplicate.DuplicatePair;
import de.opencrm.domain.duplicate.DuplicatePairRepository;
import de.opencrm.domain.duplicate.DuplicatePairRow;
import de.opencrm.domain.duplicate.MatchReason;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDuplicatePairRepository implements DuplicatePairRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<DuplicatePair> findById(long id) {
    return Optional.ofNullable(em.find(DuplicatePair.class, id));
  }

  @Override
  public Optional<DuplicatePair> find(RecordRef.Kind kind, long oneId, long otherId) {
    return em.createQuery(
            "SELECT p FROM DuplicatePair p WHERE p.kind = :kind AND p.firstId = :first"
                + " AND p.secondId = :second",
            DuplicatePair.class)
        .setParameter("kind", kind)
        .setParameter("first", Math.min(oneId, otherId))
        .setParameter("second", Math.max(oneId, otherId))
        .getResultStream()
        .findFirst();
  }

  @Override
  public DuplicatePair add(DuplicatePair pair) {
    em.persist(pair);
    return pair;
  }

  /** Served by the (kind, status, score) index of V11; both records are looked up by id. */
  @Override
  public Page<DuplicatePairRow> open(RecordRef.Kind kind, PageRequest request) {
    String from = from(kind);
    List<DuplicatePairRow> rows =
        em
            .createQuery(
                "SELECT p.id, p.version, p.firstId, "
                    + names(kind)
                    + from
                    + " ORDER BY p.score DESC, p.id DESC",
                Object[].class)
            .setParameter("kind", kind)
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(r -> row(kind, r))
            .toList();
    long total =
        em.createQuery("SELECT COUNT(p)" + from, Long.class)
            .setParameter("kind", kind)
            .getSingleResult();
    return new Page<>(rows, total);
  }

  private static String from(RecordRef.Kind kind) {
    String entity = kind == RecordRef.Kind.CONTACT ? "Contact" : "Account";
    String unmerged = " AND a.mergedInto IS NULL AND b.mergedInto IS NULL";
    return " FROM DuplicatePair p, "
        + entity
        + " a, "
        + entity
        + " b WHERE p.kind = :kind AND p.status = de.opencrm.domain.duplicate.DuplicatePair.Status.OPEN"
        + " AND a.id = p.firstId AND b.id = p.secondId"
        + unmerged;
  }

  private static String names(RecordRef.Kind kind) {
    return kind == RecordRef.Kind.CONTACT
        ? "a.firstName, a.lastName, p.secondId, b.firstName, b.lastName, p.score, p.reasons"
        : "a.name, a.name, p.secondId, b.name, b.name, p.score, p.reasons";
  }

  private static DuplicatePairRow row(RecordRef.Kind kind, Object[] r) {
    boolean person = kind == RecordRef.Kind.CONTACT;
    String reasons = (String) r[9];
    return new DuplicatePairRow(
        (Long) r[0],
        (Long) r[1],
        kind,
        (Long) r[2],
        person ? Jpql.personName((String) r[3], (String) r[4]) : (String) r[3],
        (Long) r[5],
        person ? Jpql.personName((String) r[6], (String) r[7]) : (String) r[6],
        (Integer) r[8],
        reasons.isEmpty()
            ? List.of()
            : Arrays.stream(reasons.split(",")).map(MatchReason::valueOf).toList());
  }

  /** Served by the primary keys; merged people are not scanned. */
  @Override
  public List<Long> idsAfter(RecordRef.Kind kind, long afterId, int limit) {
    String query =
        kind == RecordRef.Kind.CONTACT
            ? "SELECT c.id FROM Contact c WHERE c.mergedInto IS NULL AND c.id > :after ORDER BY c.id"
            : "SELECT a.id FROM Account a WHERE a.mergedInto IS NULL AND a.id > :after ORDER BY a.id";
    return em.createQuery(query, Long.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }
}
