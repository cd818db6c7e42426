package de.opencrm.web.admin;

import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.domain.admin.UserRow;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The user list, one page at a time from the database, sorted and filtered there. */
public class UserLazyDataModel extends LazyDataModel<UserRow> {

  private static final long serialVersionUID = 1L;

  private final transient UserAdministrationService service;
  private String filter;
  private transient Page<UserRow> lastPage;
  private transient PageRequest lastRequest;

  public UserLazyDataModel(UserAdministrationService service) {
    this.service = service;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getFilter() {
    return filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) service.countUsers(filter);
  }

  @Override
  public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return fetch(first, pageSize, sortBy).rows();
  }

  private Page<UserRow> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    PageRequest request =
        new PageRequest(
            first,
            Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING,
            filter);
    if (lastPage == null || !request.equals(lastRequest)) {
      lastPage = service.listUsers(request);
      lastRequest = request;
    }
    return lastPage;
  }

  @Override
  public String getRowKey(UserRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public UserRow getRowData(String rowKey) {
    return lastPage == null
        ? null
        : lastPage.rows().stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
  }
}
