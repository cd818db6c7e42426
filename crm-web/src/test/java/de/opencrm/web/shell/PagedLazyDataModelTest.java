package de.opencrm.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.web.page.PagedLazyDataModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedLazyDataModelTest {

  record Row(long id, String name) {}

  private final List<PageRequest> asked = new ArrayList<>();
  private final PagedLazyDataModel<Row> model =
      new PagedLazyDataModel<>(
          request -> {
            asked.add(request);
            return new Page<>(List.of(new Row(7, "Müller"), new Row(9, "Meier")), 42);
          },
          filter -> filter == null ? 42 : 2,
          Row::id);

  @Test
  void theTablesPageSortAndSearchTextBecomeTheServicesPageRequest() {
    model.setFilter("  mueller ");
    SortMeta byName = SortMeta.builder().field("name").order(SortOrder.DESCENDING).build();
    model.load(50, 50, Map.of("name", byName), Map.of());
    assertThat(asked).containsExactly(new PageRequest(50, 50, "name", false, "mueller"));
    assertThat(model.count(Map.of())).isEqualTo(2);
  }

  @Test
  void anOversizedPageIsCappedAndRowsAreFoundByTheirId() {
    model.load(0, 10_000, Map.of(), Map.of());
    assertThat(asked.get(0).size()).isEqualTo(PageRequest.MAX_SIZE);
    assertThat(asked.get(0).sortField()).isNull();
    assertThat(model.getRowData("9")).isEqualTo(new Row(9, "Meier"));
    assertThat(model.getRowKey(new Row(7, "Müller"))).isEqualTo("7");
    assertThat(model.getRowData("8")).isNull();
  }
}
