package de.opencrm.web.contact;

import de.opencrm.application.contact.ContactService;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.ContactRow;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Contacts one page at a time, sorted and filtered in the database; optionally those of one
 * account.
 */
public class ContactLazyDataModel extends LazyDataModel<ContactRow> {

  private static final long serialVersionUID = 1L;

  private final ContactService service;
  private final Long accountId;
  private String filter;
  private transient List<ContactRow> shown = List.of();

  public ContactLazyDataModel(ContactService service, Long accountId) {
    this.service = service;
    this.accountId = accountId;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) service.countContacts(filter, accountId);
  }

  @Override
  public List<ContactRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    PageRequest request =
        new PageRequest(
            first,
            Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING,
            filter);
    shown = service.listContacts(request, accountId).rows();
    return shown;
  }

  @Override
  public String getRowKey(ContactRow row) {
    return String.valueOf(row.id());
  }

  @Override
  public ContactRow getRowData(String rowKey) {
    return shown == null
        ? null
        : shown.stream()
            .filter(r -> String.valueOf(r.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
