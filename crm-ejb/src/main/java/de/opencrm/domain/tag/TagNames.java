package de.opencrm.domain.tag;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.SearchText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a tag is written and when two are the same: spaces tidied, at most {@value #MAX_LENGTH}
 * characters, no commas or semicolons (they separate tags in exports); "Messe 2026", "messe 2026"
 * and " Messe 2026 " are one tag, written as first given.
 */
public final class TagNames {

  public static final int MAX_LENGTH = 40;
  public static final int MAX_PER_RECORD = 20;

  private TagNames() {}

  /** The tidy form of one name; refused when it is empty, too long or has a separator. */
  public static String tidy(String name) {
    String tidy = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (tidy.isEmpty()) {
      throw BusinessException.onField("tags", "tag.empty");
    }
    if (tidy.length() > MAX_LENGTH) {
      throw BusinessException.onField("tags", "tag.tooLong", tidy, MAX_LENGTH);
    }
    if (tidy.contains(",") || tidy.contains(";")) {
      throw BusinessException.onField("tags", "tag.separator", tidy);
    }
    return tidy;
  }

  /** The key two spellings of the same tag share. */
  public static String key(String name) {
    return SearchText.fold(tidy(name));
  }

  /** The distinct tidy names of a record's tags, in the order given, blanks ignored. */
  public static List<String> distinct(Collection<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        byKey.putIfAbsent(key(name), tidy(name));
      }
    }
    if (byKey.size() > MAX_PER_RECORD) {
      throw BusinessException.onField("tags", "tag.tooMany", MAX_PER_RECORD);
    }
    return List.copyOf(byKey.values());
  }
}
