package de.opencrm.domain.activity;

/**
 * How urgent a task is. The rank is what the database stores, so lists sort the urgent ones first
 * without depending on the names.
 */
public enum TaskPriority {
  HIGH(1),
  NORMAL(2),
  LOW(3);

  private final int rank;

  TaskPriority(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }

  public static TaskPriority ofRank(int rank) {
    for (TaskPriority p : values()) {
      if (p.rank == rank) {
        return p;
      }
    }
    throw new IllegalArgumentException("no task priority of rank " + rank);
  }
}
