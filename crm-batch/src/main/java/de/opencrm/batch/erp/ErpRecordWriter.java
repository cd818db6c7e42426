package de.opencrm.batch.erp;

import de.opencrm.application.erp.ErpDebtorService;
import de.opencrm.application.erp.ErpLedgerService;
import de.opencrm.domain.erp.ErpDebtor;
import de.opencrm.domain.erp.ErpInvoice;
import de.opencrm.domain.erp.ErpLine;
import de.opencrm.domain.erp.ErpOpenItem;
import de.opencrm.integration.erp.ErpKind;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Applies a chunk in the chunk's transaction. */
@Named
@Dependent
public class ErpRecordWriter extends AbstractItemWriter {

  @Inject ErpDebtorService debtors;
  @Inject ErpLedgerService ledger;
  @Inject JobContext job;

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  @Override
  @SuppressWarnings("unchecked")
  public void writeItems(List<Object> items) {
    List<ErpLine<?>> lines = (List<ErpLine<?>>) (List<?>) items;
    long run = ErpRun.of(job);
    switch (ErpKind.valueOf(kind)) {
      case DEBTORS ->
          debtors.applyDebtors(run, lines.stream().map(l -> (ErpDebtor) l.record()).toList());
      case INVOICES ->
          ledger.applyInvoices(lines.stream().map(l -> (ErpLine<ErpInvoice>) l).toList());
      case OPEN_ITEMS ->
          ledger.applyOpenItems(run, lines.stream().map(l -> (ErpOpenItem) l.record()).toList());
    }
  }
}
