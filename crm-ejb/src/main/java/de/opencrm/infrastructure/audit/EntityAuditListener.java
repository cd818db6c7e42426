package de.opencrm.infrastructure.audit;

import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.FieldChange;
import java.util.List;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;

/**
 * Collects an audited entity's insert (its values), update (the fields that changed, before and
 * after: the unit of work's backup copy against the object written) and delete (its values before)
 * for the transaction's audit entries.
 */
class EntityAuditListener extends DescriptorEventAdapter {

  @Override
  public void postInsert(DescriptorEvent event) {
    collect(event, AuditAction.CREATE, null, event.getObject());
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    Object before =
        event.getQuery() instanceof ObjectLevelModifyQuery modify ? modify.getBackupClone() : null;
    collect(event, AuditAction.UPDATE, before, event.getObject());
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    collect(event, AuditAction.DELETE, event.getObject(), null);
  }

  private static void collect(
      DescriptorEvent event, AuditAction action, Object before, Object after) {
    List<FieldChange> changes =
        EntityChanges.between(event.getDescriptor(), before, after, event.getSession());
    if (action == AuditAction.UPDATE && changes.isEmpty()) {
      // only bookkeeping moved (version, search words): nothing an auditor needs
      return;
    }
    PendingAudit.add(event.getSession(), action, event.getObject(), changes);
  }
}
