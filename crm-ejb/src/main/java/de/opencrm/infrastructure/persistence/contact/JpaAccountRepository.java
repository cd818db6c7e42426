package de.opencrm.infrastructure.persistence.contact;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.infrastructure.persistence.CustomFieldJpql;
import de.opencrm.infrastructure.persistence.Jpql;
import de.opencrm.infrastructure.persistence.ScopeConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  /** Sortable columns of the account list, each backed by an index (V2 migration). */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "a.nameKey",
          "postalCode", "a.billingAddress.postalCode",
          "city", "a.billingAddress.city",
          "erpDebtorNumber", "a.erpDebtorNumber",
          "ownerName", "o.displayName");

  /** The list criterion naming a parent company: only its subsidiaries (index of V12). */
  static final String PARENT = "parent";

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public List<Account> findAllById(List<Long> ids) {
    List<Account> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += Jpql.IN_LIST) {
      found.addAll(
          em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + Jpql.IN_LIST)))
              .getResultList());
    }
    return found;
  }

  @Override
  public Optional<Account> findByErpDebtorNumber(String number) {
    return em.createNamedQuery("Account.findByErpNumber", Account.class)
        .setParameter("number", number.strip())
        .getResultStream()
        .findFirst();
  }

  /** Served by ix_crm_account_vat_id (V17). */
  @Override
  public List<Account> findByVatId(String vatId, int limit) {
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.vatId = :vat AND a.mergedInto IS NULL ORDER BY a.id",
            Account.class)
        .setParameter("vat", vatId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Page<AccountRow> list(PageRequest request, RecordScope scope) {
    Optional<CustomFilter> custom =
        CustomFieldJpql.customFilter(em, RecordRef.Kind.ACCOUNT, request);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT a.id, a.name, a.legalForm, a.billingAddress.postalCode, a.billingAddress.city,"
                + " a.erpDebtorNumber, o.displayName FROM Account a JOIN a.owner o"
                + where(request, custom, scope)
                + Jpql.orderBy(SORTABLE, request, "a.nameKey")
                + ", a.id",
            Object[].class);
    bind(rows, request, custom, scope);
    List<Object[]> found =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
    Map<Long, List<String>> tags = Jpql.tagsOf(em, "Account", ids);
    Map<Long, Map<Long, CustomValue>> values =
        CustomFieldJpql.customValuesOf(em, RecordRef.Kind.ACCOUNT, ids);
    List<AccountRow> page =
        found.stream()
            .map(
                r ->
                    new AccountRow(
                        (Long) r[0],
                        (String) r[1],
                        (LegalForm) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        tags.getOrDefault((Long) r[0], List.of()),
                        values.getOrDefault((Long) r[0], AccountRow.NONE)))
            .toList();
    return new Page<>(page, count(request, scope));
  }

  @Override
  public long count(PageRequest request, RecordScope scope) {
    Optional<CustomFilter> custom =
        CustomFieldJpql.customFilter(em, RecordRef.Kind.ACCOUNT, request);
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(a) FROM Account a" + where(request, custom, scope), Long.class);
    bind(count, request, custom, scope);
    return count.getSingleResult();
  }

  @Override
  public List<Long> idsMatching(PageRequest request, RecordScope scope, long afterId, int limit) {
    Optional<CustomFilter> custom =
        CustomFieldJpql.customFilter(em, RecordRef.Kind.ACCOUNT, request);
    TypedQuery<Long> ids =
        em.createQuery(
            "SELECT a.id FROM Account a"
                + where(request, custom, scope)
                + " AND a.id > :afterId ORDER BY a.id",
            Long.class);
    bind(ids, request, custom, scope);
    return ids.setParameter("afterId", afterId).setMaxResults(limit).getResultList();
  }

  /** Whatever the user types, folded, in the folded search key; and the chosen tag. */
  private static String where(
      PageRequest request, Optional<CustomFilter> custom, RecordScope scope) {
    List<String> conditions = new ArrayList<>();
    // a company merged into another is kept only for undo
    conditions.add("a.mergedInto IS NULL");
    if (request.filter() != null) {
      conditions.add("a.searchKey LIKE :folded ESCAPE '\\'");
    }
    if (request.criterion(Jpql.TAG) != null) {
      conditions.add(Jpql.taggedWith("a"));
    }
    if (request.criterion(PARENT) != null) {
      conditions.add("a.parent.id = :parentId");
    }
    custom.ifPresent(filter -> conditions.add(CustomFieldJpql.customCondition("a", filter)));
    String visible = ScopeConditions.jpql("a", scope);
    if (visible != null) {
      conditions.add(visible);
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(
      TypedQuery<?> query, PageRequest request, Optional<CustomFilter> custom, RecordScope scope) {
    custom.ifPresent(filter -> CustomFieldJpql.bindCustom(query, filter));
    ScopeConditions.bind(query, scope);
    if (request.filter() != null) {
      query.setParameter("folded", Jpql.containsPattern(SearchText.fold(request.filter())));
    }
    Jpql.bindTag(query, request);
    if (request.criterion(PARENT) != null) {
      query.setParameter("parentId", Long.valueOf(request.criterion(PARENT)));
    }
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Account add(Account account) {
    em.persist(account);
    return account;
  }
}
