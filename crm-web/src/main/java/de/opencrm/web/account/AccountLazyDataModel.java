package de.opencrm.web.account;

import de.opencrm.application.account.AccountService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The account list, one page at a time, sorted and filtered in the database. */
public class AccountLazyDataModel extends LazyDataModel<AccountRow> {

  private static final long serialVersionUID = 1L;

  private final AccountService service;
  private String filter;
  private transient List<AccountRow> shown = List.of();

  public AccountLazyDataModel(AccountService service) {
    this.service = service;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) service.countAccounts(filter);
  }

  @Override
  public List<AccountRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    PageRequest request =
        new PageRequest(
            first,
            Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING,
            filter);
    shown = service.listAccounts(request).rows();
    return shown;
  }

  @Override
  public String getRowKey(AccountRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public AccountRow getRowData(String rowKey) {
    return shown == null
        ? null
        : shown.stream()
            .filter(r -> String.valueOf(r.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
