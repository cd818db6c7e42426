package de.opencrm.infrastructure.persistence;

import de.opencrm.infrastructure.audit.AuditSessionCustomizer;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The one customizer persistence.xml names: the audit journal's hooks and what the database in use
 * needs of EclipseLink.
 */
public class CrmSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    new AuditSessionCustomizer().customize(session);
    H2Only.customize(session);
  }
}
