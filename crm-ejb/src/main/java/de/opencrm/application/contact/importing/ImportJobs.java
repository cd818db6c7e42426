package de.opencrm.application.contact.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import runs of this server, so a page can follow one while it runs in the background. A user
 * sees only their own; finished runs are forgotten when their page starts another or ends.
 */
@ApplicationScoped
public class ImportJobs {

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  void add(ImportJob job) {
    jobs.put(job.id(), job);
  }

  public Optional<ImportJob> find(String id, String user) {
    return Optional.ofNullable(id == null ? null : jobs.get(id))
        .filter(j -> j.owner().equals(user));
  }

  public void forget(String id) {
    if (id != null) {
      jobs.remove(id);
    }
  }
}
