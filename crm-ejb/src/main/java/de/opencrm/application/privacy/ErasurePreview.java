package de.opencrm.application.privacy;

import de.opencrm.domain.privacy.ErasurePlan;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What erasing a person does, shown before it is done: what goes, what is kept restricted until
 * when and why; after the erasure, when it happened.
 */
public record ErasurePreview(
    long contactId,
    long version,
    String name,
    Instant erasedAt,
    int journalDeleted,
    int tasksDeleted,
    int documentsDeleted,
    int leadsDeleted,
    int duplicatesErased,
    List<Kept> kept)
    implements Serializable {

  /** Records of one kind kept: "journal", "documents" or "consents". */
  public record Kept(String kind, int count, LocalDate until, String provision)
      implements Serializable {

    static Kept of(ErasurePlan.KeptGroup group) {
      return new Kept(group.kind(), group.count(), group.until(), group.duty().provision());
    }
  }

  public boolean erased() {
    return erasedAt != null;
  }
}
