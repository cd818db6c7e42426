package de.opencrm.domain.account;

import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {

  Optional<Account> findById(long id);

  /** Loads these companies into the persistence context in a few queries (merged ones too). */
  List<Account> findAllById(List<Long> ids);

  Optional<Account> findByErpDebtorNumber(String number);

  /** Companies (not merged) with this normalized VAT ID, oldest first, at most {@code limit}. */
  List<Account> findByVatId(String vatId, int limit);

  /** Writes pending changes now, e.g. to free a unique ERP number before another takes it. */
  void flush();

  /**
   * A page of accounts whose name, PLZ, city or ERP number matches the filter, umlauts folded,
   * restricted to a tag ("tag") or to the subsidiaries of a company ("parent", its id) when the
   * request names one; only those in the scope.
   */
  Page<AccountRow> list(PageRequest request, RecordScope scope);

  /** How many accounts the request's filter and criteria match. */
  long count(PageRequest request, RecordScope scope);

  /**
   * The ids the list's filter and criteria match in the scope, above {@code afterId}, ascending.
   */
  List<Long> idsMatching(PageRequest request, RecordScope scope, long afterId, int limit);

  Account add(Account account);
}
