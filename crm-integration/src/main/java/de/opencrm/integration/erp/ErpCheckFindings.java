package de.opencrm.integration.erp;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import de.opencrm.integration.erp.ErpFileCheck.Problem;
import de.opencrm.integration.erp.ErpFileCheck.Refusal;
import java.util.HashMap;
import java.util.Map;

/**
 * What a check of a file, or a piece of one, has found so far: the records, the first occurrence of
 * each key, the refused records (at most maxRefused, then the check stops) and what made the file
 * unusable.
 */
final class ErpCheckFindings {

  final ErpKind kind;
  final int maxRefused;
  final Map<String, Occurrence> firstOfKey = new HashMap<>();
  final Map<Long, Refused> refused = new HashMap<>();
  long records;
  Problem fatal;

  ErpCheckFindings(ErpKind kind, int maxRefused) {
    this.kind = kind;
    this.maxRefused = maxRefused;
  }

  void keySeen(long ordinal, long line, String key) {
    if (key == null || key.isBlank()) {
      return;
    }
    Occurrence first = firstOfKey.putIfAbsent(key.strip(), new Occurrence(ordinal, line));
    if (first != null) {
      refuse(ordinal, new Refused(line, key.strip(), Code.DUPLICATE, null, first.ordinal()));
    }
  }

  void refuse(long ordinal, Refused refusal) {
    if (refused.putIfAbsent(ordinal, refusal) == null && refused.size() > maxRefused) {
      throw new TooManyRefused();
    }
  }

  /** Where a key first occurs: its record's ordinal and line. */
  record Occurrence(long ordinal, long line) {}

  /**
   * A refusal as a piece finds it: for a schema error the parser's message and its line, for a
   * duplicate the first occurrence's ordinal; both counted within the piece until joined.
   */
  record Refused(long line, String key, Code code, String detail, long at) {

    Refusal refusal(long lineShift, long firstOrdinal) {
      return switch (code) {
        case SCHEMA ->
            new Refusal(line + lineShift, key, code, "line " + (at + lineShift) + ": " + detail);
        case DUPLICATE ->
            new Refusal(line + lineShift, key, code, "first as record " + firstOrdinal);
        default -> new Refusal(line + lineShift, key, code, detail);
      };
    }

    Refused withKey(String key) {
      return new Refused(line, key, code, detail, at);
    }
  }

  static final class TooManyRefused extends RuntimeException {
    TooManyRefused() {
      super(null, null, false, false);
    }
  }
}
