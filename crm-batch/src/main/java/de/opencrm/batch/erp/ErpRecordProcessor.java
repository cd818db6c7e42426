package de.opencrm.batch.erp;

import de.opencrm.domain.erp.ErpDebtor;
import de.opencrm.domain.erp.ErpInvoice;
import de.opencrm.domain.erp.ErpLine;
import de.opencrm.domain.erp.ErpOpenItem;
import de.opencrm.domain.erp.ErpRecordInvalid;
import de.opencrm.integration.erp.ErpKind;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Parses a record into a debtor, invoice or open item by the contract's rules; a record the check
 * refused, or one the CRM cannot take, is skipped ({@link ErpRecordInvalid} is skippable) and
 * recorded by {@link ErpRefusalListener}.
 */
@Named
@Dependent
public class ErpRecordProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "kind")
  String kind;

  @Override
  public Object processItem(Object item) {
    ErpItem read = (ErpItem) item;
    if (read.refusedByCheck()) {
      throw new AlreadyRefused();
    }
    Object parsed =
        switch (ErpKind.valueOf(kind)) {
          case DEBTORS -> ErpDebtor.of(read.record());
          case INVOICES -> ErpInvoice.of(read.record());
          case OPEN_ITEMS -> ErpOpenItem.of(read.record());
        };
    return new ErpLine<>(read.fileId(), read.record().ordinal(), read.record().line(), parsed);
  }

  /** A record the whole-file check refused and recorded already. */
  static final class AlreadyRefused extends ErpRecordInvalid {
    private static final long serialVersionUID = 1L;

    AlreadyRefused() {
      super(null, "refused by the file check");
    }
  }
}
