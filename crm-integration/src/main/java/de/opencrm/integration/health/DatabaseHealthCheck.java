package de.opencrm.integration.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the CRM's database answers; operations see which database and how fast it
 * answered. It lives in EAR/lib because WildFly resolves health checks through the EAR-level bean
 * manager, which does not see sub-deployments.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("crm-database");
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      DatabaseMetaData meta = connection.getMetaData();
      return response
          .status(valid)
          .withData(
              "database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
          .withData("responseMillis", (System.nanoTime() - start) / 1_000_000)
          .build();
    } catch (Exception e) {
      return response
          .down()
          .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }
}
