package de.opencrm.domain.duplicate;

import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.customfield.CustomizedRecord;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.Tagged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a merged company or person owns beside its fields goes to the survivor: the tags it lacks,
 * the custom values of fields the survivor has left empty, and, where both hold a value, the
 * duplicate's for the fields the user chose. Gains are answered as moved rows and replaced values
 * as they were, so an undo takes exactly those back.
 */
public final class MergeCarryOver {

  private MergeCarryOver() {}

  /** What a carry-over gave the survivor and which of its custom values it replaced. */
  public record Carried(List<MovedRow> gained, Map<Long, CustomValue> replaced) {}

  /**
   * Carries the duplicate's tags and custom values over; of two values for one field, the
   * duplicate's wins only where its field id is in {@code takeFromDuplicate}.
   */
  public static <R extends Tagged & CustomizedRecord> Carried carry(
      R survivor, R duplicate, Set<Long> takeFromDuplicate) {
    List<MovedRow> gained = new ArrayList<>();
    Map<Long, CustomValue> replaced = new HashMap<>();
    for (Tag tag : List.copyOf(duplicate.tagSet())) {
      if (survivor.addTag(tag)) {
        gained.add(new MovedRow(MovedRow.Kind.TAG, tag.getId()));
      }
    }
    for (Map.Entry<Long, CustomValue> value : duplicate.customValues().entrySet()) {
      Long field = value.getKey();
      if (value.getValue().isEmpty()) {
        continue;
      }
      CustomValue own = survivor.customValues().get(field);
      if (own == null || own.isEmpty()) {
        survivor.holdCustomValue(field, copy(value.getValue()));
        gained.add(new MovedRow(MovedRow.Kind.CUSTOM_VALUE, field));
      } else if (takeFromDuplicate.contains(field) && !own.equals(value.getValue())) {
        replaced.put(field, copy(own));
        survivor.holdCustomValue(field, copy(value.getValue()));
      }
    }
    return new Carried(gained, replaced);
  }

  private static CustomValue copy(CustomValue held) {
    return CustomValue.held(held.getText(), held.getNumber(), held.getDate(), held.getFlag());
  }

  /**
   * Takes back from the survivor the tags and custom values a merge gave it, and puts back the
   * custom values it replaced.
   */
  public static void takeBack(
      Object survivor, Collection<MovedRow> moved, Map<Long, CustomValue> replaced) {
    Set<Long> tags = ids(moved, MovedRow.Kind.TAG);
    Set<Long> fields = ids(moved, MovedRow.Kind.CUSTOM_VALUE);
    if (survivor instanceof Tagged tagged) {
      tagged.tagSet().removeIf(t -> tags.contains(t.getId()));
    }
    if (survivor instanceof CustomizedRecord customized) {
      customized.customValues().keySet().removeAll(fields);
      replaced.forEach(customized::holdCustomValue);
    }
  }

  private static Set<Long> ids(Collection<MovedRow> moved, MovedRow.Kind kind) {
    return moved.stream()
        .filter(m -> m.kind() == kind)
        .map(MovedRow::rowId)
        .collect(Collectors.toSet());
  }
}
