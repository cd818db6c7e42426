package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.RecordRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Two companies or two people the duplicate scan found alike (the lower id first), open until a
 * user merges them or says they are different.
 */
@Entity
@Table(name = "crm_duplicate_pair")
public class DuplicatePair extends AuditedEntity {

  /** Where a found pair stands. */
  public enum Status {
    OPEN,
    DISMISSED,
    MERGED
  }

  @Id
  @SequenceGenerator(
      name = "crm_duplicate_pair_seq",
      sequenceName = "crm_duplicate_pair_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_duplicate_pair_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RecordRef.Kind kind;

  @Column(name = "first_id", nullable = false)
  private long firstId;

  @Column(name = "second_id", nullable = false)
  private long secondId;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false, length = 400)
  private String reasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.OPEN;

  @Column(name = "found_at", nullable = false)
  private Instant foundAt;

  protected DuplicatePair() {}

  public DuplicatePair(RecordRef.Kind kind, long oneId, long otherId) {
    if (oneId == otherId) {
      throw new IllegalArgumentException("a record is no duplicate of itself");
    }
    this.kind = kind;
    this.firstId = Math.min(oneId, otherId);
    this.secondId = Math.max(oneId, otherId);
  }

  /** The scan found the pair (again) with this result; a dismissed pair stays dismissed. */
  public void found(MatchResult match, Instant at) {
    score = match.score();
    reasons = match.reasons().stream().map(Enum::name).collect(Collectors.joining(","));
    foundAt = at;
  }

  public void dismiss() {
    status = Status.DISMISSED;
  }

  public List<MatchReason> reasons() {
    return reasons.isEmpty()
        ? List.of()
        : Arrays.stream(reasons.split(",")).map(MatchReason::valueOf).toList();
  }

  public Long getId() {
    return id;
  }

  public RecordRef.Kind getKind() {
    return kind;
  }

  public long getFirstId() {
    return firstId;
  }

  public long getSecondId() {
    return secondId;
  }

  public int getScore() {
    return score;
  }

  public Status getStatus() {
    return status;
  }
}
