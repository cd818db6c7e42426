package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

  /** Whatever the user types, folded the same way, is looked for in the folded search key. */
  private static final String WHERE_MATCHES = " WHERE a.searchKey LIKE :folded ESCAPE '\\'";

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByErpDebtorNumber(String number) {
    return em.createNamedQuery("Account.findByErpNumber", Account.class)
        .setParameter("number", number.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<AccountRow> list(PageRequest request) {
    String where = request.filter() == null ? "" : WHERE_MATCHES;
    TypedQuery<Object[]> rows =
        em.createQuery(
            "SELECT a.id, a.name, a.legalForm, a.billingAddress.postalCode, a.billingAddress.city,"
                + " a.erpDebtorNumber, o.displayName FROM Account a JOIN a.owner o"
                + where
                + Jpql.orderBy(SORTABLE, request, "a.nameKey")
                + ", a.id",
            Object[].class);
    if (request.filter() != null) {
      bindFilter(rows, request.filter());
    }
    List<AccountRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(
                r ->
                    new AccountRow(
                        (Long) r[0],
                        (String) r[1],
                        (LegalForm) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
            .toList();
    return new Page<>(page, count(request.filter()));
  }

  @Override
  public long count(String filter) {
    String text = Texts.trimToNull(filter);
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(a) FROM Account a" + (text == null ? "" : WHERE_MATCHES), Long.class);
    if (text != null) {
      bindFilter(count, text);
    }
    return count.getSingleResult();
  }

  private static void bindFilter(TypedQuery<?> query, String filter) {
    query.setParameter("folded", Jpql.containsPattern(SearchText.fold(filter)));
  }

  @Override
  public Account add(Account account) {
    em.persist(account);
    return account;
  }
}
