package de.opencrm.application.tag;

import java.io.Serializable;
import java.util.List;

/**
 * What a mass update does to each selected record: tags to add, tags to remove, and a new owner (by
 * user name; null keeps each record's owner).
 */
public record MassChange(List<String> addTags, List<String> removeTags, String newOwner)
    implements Serializable {

  public MassChange {
    addTags = addTags == null ? List.of() : List.copyOf(addTags);
    removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
    newOwner = newOwner == null || newOwner.isBlank() ? null : newOwner;
  }

  public boolean isEmpty() {
    return addTags.isEmpty() && removeTags.isEmpty() && newOwner == null;
  }
}
