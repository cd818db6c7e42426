package de.opencrm.domain.audit;

/**
 * Walks the audit journal in id order and finds the first entry that is not what was written: its
 * content no longer gives its hash, it does not link to the hash of the entry before, or entries
 * before it are missing. Fed one entry at a time, so a million entries never sit in memory.
 */
public final class AuditChainCheck {

  /** Why the chain is broken at an entry. */
  public enum Problem {
    /** The entry's content was changed after it was written. */
    CONTENT_CHANGED,
    /** The entry does not link to the entry before it: that one was changed or replaced. */
    LINK_BROKEN,
    /** Entries before this one are missing. */
    ENTRIES_MISSING,
    /** The newest entries are missing: the journal ends before the chain's recorded head. */
    END_MISSING
  }

  /** The outcome: intact, or the first broken entry's id and why. */
  public record Result(long checked, Long brokenAt, Problem problem) {
    public boolean intact() {
      return problem == null;
    }
  }

  private long expectedId = 1;
  private String expectedPrevious = AuditEntry.GENESIS;
  private long checked;
  private Long brokenAt;
  private Problem problem;

  /** Checks the next entry; answers false once the chain is found broken (stop feeding then). */
  public boolean accept(AuditEntry entry) {
    if (problem != null) {
      return false;
    }
    checked++;
    if (entry.getId() != expectedId) {
      return broken(entry.getId(), Problem.ENTRIES_MISSING);
    }
    if (!entry.computeHash().equals(entry.getHash())) {
      return broken(entry.getId(), Problem.CONTENT_CHANGED);
    }
    if (!entry.getPreviousHash().equals(expectedPrevious)) {
      return broken(entry.getId(), Problem.LINK_BROKEN);
    }
    expectedId++;
    expectedPrevious = entry.getHash();
    return true;
  }

  /**
   * The result, once every entry was fed: the last entry must be the head the journal recorded when
   * it last appended (its id and hash).
   */
  public Result finish(long headId, String headHash) {
    if (problem == null && (expectedId - 1 != headId || !expectedPrevious.equals(headHash))) {
      broken(expectedId, Problem.END_MISSING);
    }
    return new Result(checked, brokenAt, problem);
  }

  private boolean broken(long id, Problem why) {
    brokenAt = id;
    problem = why;
    return false;
  }
}
