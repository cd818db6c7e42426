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

  private final UserAdministrationService service;
  private String filter;

  /** The rows last shown, for row selection by key; every render asks the database anew. */
  private transient List<UserRow> shown = List.of();

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
  public List<UserRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    shown = fetch(first, pageSize, sortBy).rows();
    return shown;
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
    return service.listUsers(request);
  }

  @Override
  public String getRowKey(UserRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public UserRow getRowData(String rowKey) {
    return shown == null
        ? null
        : shown.stream()
            .filter(r -> String.valueOf(r.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
