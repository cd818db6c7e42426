package de.opencrm.web.audit;

import de.opencrm.application.audit.AuditRow;
import de.opencrm.application.audit.AuditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The "history" of a company's or person's page: its audit entries, newest first, paged. */
@Named
@ViewScoped
public class RecordHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditService audit;

  private String recordType;
  private Long recordId;
  private LazyDataModel<AuditRow> entries;

  public void setAccountId(Long id) {
    show("Account", id);
  }

  public Long getAccountId() {
    return "Account".equals(recordType) ? recordId : null;
  }

  public void setContactId(Long id) {
    show("Contact", id);
  }

  public Long getContactId() {
    return "Contact".equals(recordType) ? recordId : null;
  }

  private void show(String type, Long id) {
    if (id == null) {
      return;
    }
    recordType = type;
    recordId = id;
    entries =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filters) {
            return (int) audit.countRecordHistory(recordType, recordId);
          }

          @Override
          public List<AuditRow> load(
              int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return audit.recordHistory(recordType, recordId, first, size);
          }

          @Override
          public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
          }
        };
  }

  public LazyDataModel<AuditRow> getEntries() {
    return entries;
  }
}
