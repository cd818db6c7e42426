package de.opencrm.application.contact.importing;

import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportTarget;
import de.opencrm.integration.csv.CsvDialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run over a CSV file, a dry run or the real import, as the page follows it: its settings and,
 * while it runs in the background, how far it got and which rows it refused.
 */
public final class ImportJob {

  /** Rows refused are kept up to this many (with their cells) for the page and the error file. */
  public static final int MAX_KEPT_ERRORS = 5_000;

  /** A refused row: its line, its cells as read, and why (a message key and its arguments). */
  public record RowError(
      long line, List<String> values, String messageKey, List<String> arguments) {}

  private final String id = UUID.randomUUID().toString();
  private final String owner;
  private final Path file;
  private final CsvDialect dialect;
  private final ColumnMapping mapping;
  private final ImportTarget target;
  private final MatchKey key;
  private final boolean dryRun;
  private final AtomicInteger processed = new AtomicInteger();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final List<RowError> errors = new ArrayList<>();
  private final List<RowError> warnings = new ArrayList<>();
  private volatile int total = -1;
  private volatile boolean done;
  private volatile String fault;

  public ImportJob(
      String owner,
      Path file,
      CsvDialect dialect,
      ColumnMapping mapping,
      ImportTarget target,
      MatchKey key,
      boolean dryRun) {
    this.owner = owner;
    this.file = file;
    this.dialect = dialect;
    this.mapping = mapping;
    this.target = target;
    this.key = key;
    this.dryRun = dryRun;
  }

  void counted(int rows) {
    total = rows;
  }

  void createdOne() {
    created.incrementAndGet();
    processed.incrementAndGet();
  }

  void updatedOne() {
    updated.incrementAndGet();
    processed.incrementAndGet();
  }

  synchronized void refused(RowError error) {
    failed.incrementAndGet();
    processed.incrementAndGet();
    if (errors.size() < MAX_KEPT_ERRORS) {
      errors.add(error);
    }
  }

  /** A value of an imported row kept unchecked: a warning in the shape of a refusal. */
  synchronized void warned(RowError warning) {
    if (warnings.size() < MAX_KEPT_ERRORS) {
      warnings.add(warning);
    }
  }

  /** The values imported rows kept unchecked, a line each (at most {@link #MAX_KEPT_ERRORS}). */
  public synchronized List<RowError> warnings() {
    return List.copyOf(warnings);
  }

  void finished(String faultKey) {
    fault = faultKey;
    done = true;
  }

  public String id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public Path file() {
    return file;
  }

  public CsvDialect dialect() {
    return dialect;
  }

  public ColumnMapping mapping() {
    return mapping;
  }

  public ImportTarget target() {
    return target;
  }

  public MatchKey key() {
    return key;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public int getProcessed() {
    return processed.get();
  }

  public int getCreated() {
    return created.get();
  }

  public int getUpdated() {
    return updated.get();
  }

  public int getFailed() {
    return failed.get();
  }

  public int getTotal() {
    return total;
  }

  /** 0–100 for the progress bar. */
  public int getPercent() {
    int all = total;
    if (done) {
      return 100;
    }
    return all <= 0 ? 0 : Math.min(99, processed.get() * 100 / all);
  }

  public boolean isDone() {
    return done;
  }

  /** The message key of what stopped the whole run (e.g. an unreadable file), or null. */
  public String getFault() {
    return fault;
  }

  public synchronized List<RowError> errors() {
    return List.copyOf(errors);
  }
}
