package de.opencrm.web.page;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A list shown one page at a time, sorted and filtered by the database: the table's page, sort
 * column and the search box's text become a {@link PageRequest} for the service that owns the rows.
 */
public class PagedLazyDataModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The service call that answers one page. */
  @FunctionalInterface
  public interface PageSource<T> extends Serializable {
    Page<T> page(PageRequest request);
  }

  /** The service call that counts what the filter and criteria match. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    long count(PageRequest request);
  }

  /** A row's identity, for selection by key. */
  @FunctionalInterface
  public interface RowId<T> extends Serializable {
    Object of(T row);
  }

  private final PageSource<T> source;
  private final Counter counter;
  private final RowId<T> rowId;
  private String filter;
  private final HashMap<String, String> criteria = new HashMap<>();
  private String sortField;
  private boolean ascending = true;
  private String preferredSortField;
  private boolean preferredAscending = true;
  private transient List<T> shown = List.of();

  public PagedLazyDataModel(PageSource<T> source, Counter counter, RowId<T> rowId) {
    this.source = source;
    this.counter = counter;
    this.rowId = rowId;
  }

  /**
   * A list whose source answers pages with their total; the count asks for a one-row page, which is
   * cheap on the indexed queries such sources run.
   */
  public static <T> PagedLazyDataModel<T> ofPages(PageSource<T> source, RowId<T> rowId) {
    return new PagedLazyDataModel<>(
        source, request -> source.page(request.from(0, 1)).total(), rowId);
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  /** The list's own criteria by name (such as "tag"), bound to its filter fields. */
  public Map<String, String> getCriteria() {
    return criteria;
  }

  /** The order while the user has not clicked a column header, e.g. a saved view's. */
  public void preferSort(String field, boolean ascendingOrder) {
    preferredSortField = field;
    preferredAscending = ascendingOrder;
  }

  public String getSortField() {
    return sortField;
  }

  public boolean isAscending() {
    return ascending;
  }

  /** What the list shows now, from its first row: its filter, criteria and sort, e.g. to export. */
  public PageRequest selection() {
    return new PageRequest(0, PageRequest.MAX_SIZE, sortField, ascending, filter, criteria);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) counter.count(selection());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    sortField = sort == null ? preferredSortField : sort.getField();
    ascending = sort == null ? preferredAscending : sort.getOrder() != SortOrder.DESCENDING;
    PageRequest request =
        selection().from(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)));
    shown = source.page(request).rows();
    return shown;
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(rowId.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return shown == null
        ? null
        : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }
}
