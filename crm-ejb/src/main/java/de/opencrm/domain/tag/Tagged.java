package de.opencrm.domain.tag;

import de.opencrm.domain.common.BusinessException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A record that carries tags: companies and people. Tags are compared by their key. */
public interface Tagged {

  /** The record's live set of tags. */
  Set<Tag> tagSet();

  default List<String> tagNames() {
    return tagSet().stream()
        .sorted(Comparator.comparing(Tag::getNameKey))
        .map(Tag::getName)
        .toList();
  }

  /** Carries exactly these tags from now on. */
  default void retag(Collection<Tag> tags) {
    Set<String> wanted = tags.stream().map(Tag::getNameKey).collect(Collectors.toSet());
    tagSet().removeIf(t -> !wanted.contains(t.getNameKey()));
    tags.forEach(this::addTag);
  }

  /** Returns whether the tag was new on the record. */
  default boolean addTag(Tag tag) {
    if (tagSet().stream().anyMatch(t -> t.getNameKey().equals(tag.getNameKey()))) {
      return false;
    }
    if (tagSet().size() >= TagNames.MAX_PER_RECORD) {
      throw new BusinessException("tag.tooMany", TagNames.MAX_PER_RECORD);
    }
    return tagSet().add(tag);
  }

  /** Returns whether the record carried the tag. */
  default boolean removeTag(String nameKey) {
    return tagSet().removeIf(t -> t.getNameKey().equals(nameKey));
  }
}
