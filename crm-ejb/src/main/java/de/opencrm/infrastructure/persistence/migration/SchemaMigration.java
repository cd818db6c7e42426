package de.opencrm.infrastructure.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date with Flyway when the CRM starts, before any service touches
 * it. Migrations in {@code db/migration/common} are plain SQL that PostgreSQL, H2 and Oracle all
 * accept; where a database needs its own SQL, the file goes to {@code db/migration/<vendor>}
 * (postgresql, h2, oracle).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            // JBeret's job repository (30-batch.cli) creates its tables in the same database when
            // the server boots,
            // before this runs; a baseline at version 0 lets Flyway start there and still apply V1
            // onwards.
            // rows' keys that only Java can compute (listed, as WildFly's class path is not
            // scanned)
            .javaMigrations(new FillSearchKeys(), new FillSearchWords(), new SealBirthdays())
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema on "
                + vendor
                + " at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("oracle")) {
        return "oracle";
      }
      return product.contains("h2") ? "h2" : product.replaceAll("[^a-z0-9]", "");
    } catch (SQLException e) {
      throw new IllegalStateException("The CRM's database cannot be reached: " + e.getMessage(), e);
    }
  }
}
