package de.opencrm.domain.duplicate;

import de.opencrm.domain.customfield.CustomValue;
import de.opencrm.domain.customfield.CustomizedRecord;
import de.opencrm.domain.tag.Tag;
import de.opencrm.domain.tag.Tagged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a merged company or person owns beside its fields goes to the survivor: the tags it lacks,
 * and the custom values of fields the survivor has left empty (where both hold a value, the
 * survivor's stays). Each is answered as a moved row, so an undo takes exactly those back.
 */
public final class MergeCarryOver {

  private MergeCarryOver() {}

  /** Carries the duplicate's tags and custom values over; answers what the survivor gained. */
  public static <R extends Tagged & CustomizedRecord> List<MovedRow> carry(
      R survivor, R duplicate) {
    List<MovedRow> gained = new ArrayList<>();
    for (Tag tag : List.copyOf(duplicate.tagSet())) {
      if (survivor.addTag(tag)) {
        gained.add(new MovedRow(MovedRow.Kind.TAG, tag.getId()));
      }
    }
    for (Map.Entry<Long, CustomValue> value : duplicate.customValues().entrySet()) {
      if (!survivor.customValues().containsKey(value.getKey()) && !value.getValue().isEmpty()) {
        CustomValue held = value.getValue();
        survivor.holdCustomValue(
            value.getKey(),
            CustomValue.held(held.getText(), held.getNumber(), held.getDate(), held.getFlag()));
        gained.add(new MovedRow(MovedRow.Kind.CUSTOM_VALUE, value.getKey()));
      }
    }
    return gained;
  }

  /** Takes back from the survivor the tags and custom values a merge gave it. */
  public static void takeBack(Object survivor, Collection<MovedRow> moved) {
    Set<Long> tags = ids(moved, MovedRow.Kind.TAG);
    Set<Long> fields = ids(moved, MovedRow.Kind.CUSTOM_VALUE);
    if (survivor instanceof Tagged tagged) {
      tagged.tagSet().removeIf(t -> tags.contains(t.getId()));
    }
    if (survivor instanceof CustomizedRecord customized) {
      customized.customValues().keySet().removeAll(fields);
    }
  }

  private static Set<Long> ids(Collection<MovedRow> moved, MovedRow.Kind kind) {
    return moved.stream()
        .filter(m -> m.kind() == kind)
        .map(MovedRow::rowId)
        .collect(Collectors.toSet());
  }
}
