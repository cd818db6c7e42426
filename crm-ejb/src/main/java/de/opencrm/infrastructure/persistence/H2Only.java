package de.opencrm.infrastructure.persistence;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * What the CRM does differently on the embedded H2 database, each with its reason (the PostgreSQL
 * counterpart is {@link PostgresqlOnly}; everything else is portable SQL). On any other database
 * this does nothing.
 */
final class H2Only {

  private H2Only() {}

  /**
   * Lets EclipseLink speak H2 2.x once it has found it is connected to H2 (it finds the database
   * when it logs in, after every customizer has run, so the platform is exchanged just after).
   */
  static void customize(Session session) {
    session
        .getEventManager()
        .addListener(
            new SessionEventAdapter() {
              @Override
              public void postLogin(SessionEvent event) {
                if (event.getSession().getDatasourceLogin() instanceof DatasourceLogin login
                    && login.getDatasourcePlatform() instanceof H2Platform
                    && !(login.getDatasourcePlatform() instanceof Platform)) {
                  // keeps the detected platform's settings (sequences, casing) in the new one
                  login.setPlatformClassName(
                      Platform.class.getName(), H2Only.class.getClassLoader());
                  // the sequences were connected to the platform found first
                  if (event.getSession() instanceof DatabaseSession database) {
                    database.getSequencingControl().resetSequencing();
                  }
                }
              }
            });
  }

  /**
   * EclipseLink's H2 platform writes a boolean literal of a query ({@code p.active = TRUE}) as 1 or
   * 0, which H2 2.x refuses to compare with a BOOLEAN column; this one writes TRUE and FALSE, as
   * every database the CRM runs on understands.
   */
  public static class Platform extends H2Platform {
    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
      writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
  }
}
