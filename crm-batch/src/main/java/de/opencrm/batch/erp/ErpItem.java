package de.opencrm.batch.erp;

import de.opencrm.integration.erp.ErpRecord;
import java.io.Serializable;

/** A record as read, with its file and whether the whole-file check already refused it. */
record ErpItem(long fileId, ErpRecord record, boolean refusedByCheck) implements Serializable {}
