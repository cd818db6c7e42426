package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpRecordLogService;
import de.opencrm.domain.erp.ErpRecordInvalid;
import de.opencrm.integration.erp.ErpKind;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records a record skipped because the CRM cannot take it, with line and reason. */
@Named
@Dependent
public class ErpRefusalListener implements SkipProcessListener {

  @Inject ErpRecordLogService reconciliation;

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    ErpItem read = (ErpItem) item;
    if (e instanceof ErpRecordProcessor.AlreadyRefused || !(e instanceof ErpRecordInvalid why)) {
      return;
    }
    reconciliation.refuse(
        read.fileId(),
        read.record().ordinal(),
        read.record().line(),
        read.record().field(ErpKind.valueOf(kind).keyField()),
        why);
  }
}
