package de.opencrm.domain.privacy;

import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.document.Document;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What erasing a person does to what hangs off them: which records go and which must be kept,
 * restricted, until when and why. Decided before anything changes, so the same plan is shown as a
 * preview and then carried out.
 */
public final class ErasurePlan {

  /** Records of one kind that are kept: how many, until the latest of their last days, and why. */
  public record KeptGroup(String kind, int count, LocalDate until, RetentionDuty duty) {}

  private final List<Activity> activitiesToDelete = new ArrayList<>();
  private final Map<Activity, LocalDate> activitiesToKeep = new LinkedHashMap<>();
  private final List<Task> tasksToDelete = new ArrayList<>();
  private final List<Document> documentsToDelete = new ArrayList<>();
  private final Map<Document, LocalDate> documentsToKeep = new LinkedHashMap<>();
  private final Map<Consent, LocalDate> consentsToKeep = new LinkedHashMap<>();
  private final Map<String, KeptGroup> kept = new LinkedHashMap<>();

  private ErasurePlan() {}

  public static ErasurePlan of(
      List<Activity> activities,
      List<Task> tasks,
      List<Document> documents,
      List<Consent> consents,
      Instant now,
      ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    ErasurePlan plan = new ErasurePlan();
    for (Activity activity : activities) {
      LocalDate occurred = LocalDate.ofInstant(activity.getOccurredAt(), zone);
      Optional<Retention.Kept> kept = Retention.ofActivity(activity.getType(), occurred, today);
      if (kept.isPresent()) {
        plan.activitiesToKeep.put(activity, kept.get().until());
        plan.count("journal", kept.get());
      } else {
        plan.activitiesToDelete.add(activity);
      }
    }
    plan.tasksToDelete.addAll(tasks);
    for (Document document : documents) {
      LocalDate filed = LocalDate.ofInstant(document.getCreatedAt(), zone);
      Optional<Retention.Kept> kept = Retention.ofDocument(filed, today);
      if (kept.isPresent()) {
        plan.documentsToKeep.put(document, kept.get().until());
        plan.count("documents", kept.get());
      } else {
        plan.documentsToDelete.add(document);
      }
    }
    for (Consent consent : consents) {
      LocalDate lastInForce =
          consent.isActive() ? today : LocalDate.ofInstant(consent.getWithdrawnAt(), zone);
      // a consent's proof always outlives the erasure: it ended today at the latest
      Retention.Kept kept = Retention.ofConsent(lastInForce, today).orElseThrow();
      plan.consentsToKeep.put(consent, kept.until());
      plan.count("consents", kept);
    }
    return plan;
  }

  private void count(String kind, Retention.Kept one) {
    kept.merge(
        kind,
        new KeptGroup(kind, 1, one.until(), one.duty()),
        (a, b) -> new KeptGroup(kind, a.count() + 1, later(a.until(), b.until()), a.duty()));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  public List<Activity> activitiesToDelete() {
    return activitiesToDelete;
  }

  public Map<Activity, LocalDate> activitiesToKeep() {
    return activitiesToKeep;
  }

  public List<Task> tasksToDelete() {
    return tasksToDelete;
  }

  public List<Document> documentsToDelete() {
    return documentsToDelete;
  }

  public Map<Document, LocalDate> documentsToKeep() {
    return documentsToKeep;
  }

  public Map<Consent, LocalDate> consentsToKeep() {
    return consentsToKeep;
  }

  /** What is kept, by kind ("journal", "documents", "consents"), in that order. */
  public List<KeptGroup> kept() {
    return List.copyOf(kept.values());
  }
}
