package de.opencrm.web.shell;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.io.Serializable;
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

  /** The service call that counts what the filter matches. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    long count(String filter);
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
        source, filter -> source.page(new PageRequest(0, 1, null, true, filter)).total(), rowId);
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) counter.count(filter);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    PageRequest request =
        new PageRequest(
            first,
            Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING,
            filter);
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
