package de.opencrm.infrastructure.persistence.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java because it needs the entities' own rules (phonetic keys, search
 * words, encryption): its version, description and fixed checksum, run in the migration's
 * transaction.
 */
abstract class DataMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;
  private final int checksum;

  DataMigration(String version, String description, int checksum) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.checksum = checksum;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return checksum;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
