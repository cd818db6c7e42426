package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaContactRepository implements ContactRepository {

  /**
   * Sortable columns of the contact list, each backed by an index (V3 migration) or the account's.
   */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "c.nameKey", "email", "c.email", "phone", "c.phone", "accountName", "a.nameKey");

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Contact> findById(long id) {
    return Optional.ofNullable(em.find(Contact.class, id));
  }

  @Override
  public Page<ContactRow> list(PageRequest request, Long accountId) {
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT c.id, c.title, c.firstName, c.lastName, c.email, c.phone, a.name"
                + " FROM Contact c LEFT JOIN c.account a"
                + where(request.filter(), accountId)
                + Jpql.orderBy(SORTABLE, request, "c.nameKey")
                + ", c.id",
            Object[].class);
    bind(rows, request.filter(), accountId);
    List<ContactRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new ContactRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
            .toList();
    return new Page<>(page, count(request.filter(), accountId));
  }

  @Override
  public long count(String filter, Long accountId) {
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(c) FROM Contact c LEFT JOIN c.account a" + where(filter, accountId),
            Long.class);
    bind(count, filter, accountId);
    return count.getSingleResult();
  }

  private static String where(String filter, Long accountId) {
    List<String> conditions = new ArrayList<>();
    // a contact merged into another is kept only for undo
    conditions.add("c.mergedInto IS NULL");
    if (filter != null && !filter.isBlank()) {
      conditions.add("c.searchKey LIKE :folded ESCAPE '\\'");
    }
    if (accountId != null) {
      conditions.add("a.id = :accountId");
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  /** A filter that is a phone number in any notation is looked for in its stored E.164 form. */
  private static void bind(TypedQuery<?> query, String filter, Long accountId) {
    if (filter != null && !filter.isBlank()) {
      String typed = filter.strip();
      String wanted =
          typed.matches("[+0-9 ()/-]{6,}")
              ? PhoneNumber.parse(typed, "DE").map(PhoneNumber::e164).orElse(typed)
              : typed;
      query.setParameter("folded", Jpql.containsPattern(SearchText.fold(wanted)));
    }
    if (accountId != null) {
      query.setParameter("accountId", accountId);
    }
  }

  @Override
  public List<Contact> findAllById(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // e-mails and phones load per contact: EclipseLink 4.0's batch reading fails on collections
    // of embeddables (EclipseLink-69), so the exports pay two small queries per contact
    return em.createQuery(
            "SELECT c FROM Contact c LEFT JOIN FETCH c.account WHERE c.id IN :ids ORDER BY c.id",
            Contact.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Contact add(Contact contact) {
    em.persist(contact);
    return contact;
  }
}
