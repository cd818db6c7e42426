package de.opencrm.infrastructure.audit;

import de.opencrm.domain.common.AuditedEntity;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hooks the audit journal into EclipseLink (persistence.xml names this class): every entity that
 * extends {@link AuditedEntity} reports its changes, and when a unit of work has written its SQL
 * (before the transaction commits) the changes it collected are appended.
 */
public class AuditSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    EntityAuditListener listener = new EntityAuditListener();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (AuditedEntity.class.isAssignableFrom(descriptor.getJavaClass())
          && !descriptor.isAggregateDescriptor()
          && !descriptor.isDescriptorForInterface()) {
        descriptor.getEventManager().addListener(listener);
      }
    }
    session
        .getEventManager()
        .addListener(
            new SessionEventAdapter() {
              @Override
              public void prepareUnitOfWork(SessionEvent event) {
                PendingAudit.appendFor(event.getSession());
              }
            });
  }
}
