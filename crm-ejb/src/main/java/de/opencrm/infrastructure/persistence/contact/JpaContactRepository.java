package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.tag.TagNames;
import de.opencrm.infrastructure.persistence.CustomFieldJpql;
import de.opencrm.infrastructure.persistence.Jpql;
import de.opencrm.infrastructure.persistence.ScopeConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

  /** Served by the e-mail index of V3; addresses are stored in lower case. */
  @Override
  public Optional<Contact> findByPrimaryEmail(String email) {
    return em.createQuery(
            "SELECT c FROM Contact c WHERE c.email = :email AND c.mergedInto IS NULL ORDER BY c.id",
            Contact.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * One page of contacts, then the names of their companies in one more query: joining first would
   * look up the company of every match, not only of the 50 shown (unless sorted by company).
   */
  /** People whose search keys are computed again at once. */
  private static final int REINDEX_BATCH = 500;

  @Override
  public Page<ContactRow> list(PageRequest request, Long accountId, RecordScope scope) {
    Optional<CustomFilter> custom =
        CustomFieldJpql.customFilter(em, RecordRef.Kind.CONTACT, request);
    boolean byCompany = "accountName".equals(request.sortField());
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT c.id, c.title, c.firstName, c.lastName, c.email, c.phone, c.accountId"
                + (byCompany ? " FROM Contact c LEFT JOIN c.account a" : " FROM Contact c")
                + where(request, accountId, custom, scope)
                + Jpql.orderBy(SORTABLE, request, "c.nameKey")
                + ", c.id",
            Object[].class);
    bind(rows, request, accountId, custom, scope);
    List<Object[]> found =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    Map<Long, String> companies = companyNames(found.stream().map(r -> (Long) r[6]).toList());
    List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
    Map<Long, List<String>> tags = Jpql.tagsOf(em, "Contact", ids);
    Map<Long, Map<Long, CustomValue>> values =
        CustomFieldJpql.customValuesOf(em, RecordRef.Kind.CONTACT, ids);
    List<ContactRow> page =
        found.stream()
            .map(
                r ->
                    new ContactRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        r[6] == null ? null : companies.get((Long) r[6]),
                        tags.getOrDefault((Long) r[0], List.of()),
                        values.getOrDefault((Long) r[0], ContactRow.NONE)))
            .toList();
    return new Page<>(page, count(request, accountId, scope));
  }

  private Map<Long, String> companyNames(List<Long> ids) {
    List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT a.id, a.name FROM Account a WHERE a.id IN :ids", Object[].class)
        .setParameter("ids", wanted)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  /**
   * Counts up to {@link Page#COUNT_LIMIT} and one more, in SQL every database the CRM runs on
   * knows.
   */
  @Override
  public long count(PageRequest request, Long accountId, RecordScope scope) {
    String filter = request.filter();
    StringBuilder sql =
        new StringBuilder("SELECT 1 FROM crm_contact c WHERE c.merged_into_id IS NULL");
    List<Object> parameters = new ArrayList<>();
    String tag = request.criterion(Jpql.TAG);
    if (tag != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM crm_contact_tag ct JOIN crm_tag t ON t.id = ct.tag_id"
              + " WHERE ct.contact_id = c.id AND t.name_key = ?)");
      parameters.add(TagNames.key(tag));
    }
    if (onlyUnchecked(request)) {
      sql.append(" AND c.needs_check = TRUE");
    }
    if (filter != null && !filter.isBlank()) {
      sql.append(" AND c.search_key LIKE ? ESCAPE '\\'");
      parameters.add(Jpql.containsPattern(SearchText.fold(wanted(filter))));
    }
    if (accountId != null) {
      sql.append(" AND c.account_id = ?");
      parameters.add(accountId);
    }
    sql.append(ScopeConditions.sql("c", scope, parameters, false));
    CustomFieldJpql.customFilter(em, RecordRef.Kind.CONTACT, request)
        .ifPresent(
            custom ->
                sql.append(
                    CustomFieldJpql.customSql(
                        "c", "crm_contact_custom_value", "contact_id", custom, parameters)));
    return Jpql.cappedCount(em, sql, parameters);
  }

  @Override
  public List<Long> idsMatching(PageRequest request, RecordScope scope, long afterId, int limit) {
    Optional<CustomFilter> custom =
        CustomFieldJpql.customFilter(em, RecordRef.Kind.CONTACT, request);
    TypedQuery<Long> ids =
        em.createQuery(
            "SELECT c.id FROM Contact c"
                + where(request, null, custom, scope)
                + " AND c.id > :afterId ORDER BY c.id",
            Long.class);
    bind(ids, request, null, custom, scope);
    return ids.setParameter("afterId", afterId).setMaxResults(limit).getResultList();
  }

  private static String where(
      PageRequest request, Long accountId, Optional<CustomFilter> custom, RecordScope scope) {
    String filter = request.filter();
    List<String> conditions = new ArrayList<>();
    // a contact merged into another is kept only for undo
    conditions.add("c.mergedInto IS NULL");
    if (filter != null && !filter.isBlank()) {
      conditions.add("c.searchKey LIKE :folded ESCAPE '\\'");
    }
    if (accountId != null) {
      conditions.add("c.accountId = :accountId");
    }
    if (request.criterion(Jpql.TAG) != null) {
      conditions.add(Jpql.taggedWith("c"));
    }
    if (onlyUnchecked(request)) {
      conditions.add("c.needsCheck = TRUE");
    }
    custom.ifPresent(f -> conditions.add(CustomFieldJpql.customCondition("c", f)));
    String visible = ScopeConditions.jpql("c", scope);
    if (visible != null) {
      conditions.add(visible);
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(
      TypedQuery<?> query,
      PageRequest request,
      Long accountId,
      Optional<CustomFilter> custom,
      RecordScope scope) {
    custom.ifPresent(f -> CustomFieldJpql.bindCustom(query, f));
    ScopeConditions.bind(query, scope);
    String filter = request.filter();
    Jpql.bindTag(query, request);
    if (filter != null && !filter.isBlank()) {
      query.setParameter("folded", Jpql.containsPattern(SearchText.fold(wanted(filter))));
    }
    if (accountId != null) {
      query.setParameter("accountId", accountId);
    }
  }

  private static boolean onlyUnchecked(PageRequest request) {
    return "true".equals(request.criterion(UNCHECKED));
  }

  /** A filter that is a phone number in any notation is looked for in its stored E.164 form. */
  private static String wanted(String filter) {
    String typed = filter.strip();
    return typed.matches("[+0-9 ()/-]{6,}")
        ? PhoneNumber.parse(typed, "DE").map(PhoneNumber::e164).orElse(typed)
        : typed;
  }

  @Override
  public int reindexPeopleOf(long accountId) {
    int done = 0;
    long after = 0;
    List<Contact> batch;
    do {
      batch =
          em.createQuery(
                  "SELECT c FROM Contact c WHERE c.accountId = :account AND c.id > :after"
                      + " ORDER BY c.id",
                  Contact.class)
              .setParameter("account", accountId)
              .setParameter("after", after)
              .setMaxResults(REINDEX_BATCH)
              .getResultList();
      for (Contact contact : batch) {
        contact.reindex();
        after = contact.getId();
      }
      done += batch.size();
      em.flush();
    } while (batch.size() == REINDEX_BATCH);
    return done;
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
