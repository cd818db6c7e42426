package de.opencrm.domain.ticket;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.ticket.assignment.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agent of a queue: their place in the round, how many open tickets they may hold (0: no limit),
 * and the categories and languages they handle, kept as comma-separated lists.
 */
@Entity
@Table(name = "crm_queue_member")
public class QueueMember extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_queue_member_seq",
      sequenceName = "crm_queue_member_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_queue_member_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "queue_id", nullable = false, updatable = false)
  private TicketQueue queue;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private User user;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int capacity;

  @Column(length = 500)
  private String categories;

  @Column(length = 100)
  private String languages;

  protected QueueMember() {}

  public QueueMember(
      TicketQueue queue,
      User user,
      int position,
      int capacity,
      String categories,
      String languages) {
    this.queue = queue;
    this.user = user;
    this.position = position;
    this.capacity = Math.max(0, capacity);
    this.categories = categories;
    this.languages = languages;
  }

  /**
   * How many open tickets the agent takes at most, and what they know (lists separated by commas).
   */
  public void adjust(int newCapacity, String newCategories, String newLanguages) {
    if (newCapacity < 0 || newCapacity > 10_000) {
      throw BusinessException.onField("capacity", "queue.capacityInvalid");
    }
    this.capacity = newCapacity;
    this.categories = Texts.cut(newCategories, 500);
    this.languages = Texts.cut(newLanguages, 100);
  }

  /** The member as assignment sees them, with their absence and load of the moment. */
  public Agent asAgent(boolean absent, int openTickets) {
    return new Agent(
        user.getId(),
        user.getDisplayName(),
        absent || !user.isActive(),
        openTickets,
        capacity,
        split(categories),
        split(languages));
  }

  private static Set<String> split(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  @Override
  public String auditLabel() {
    return queue.getName() + ": " + user.getDisplayName();
  }

  public Long getId() {
    return id;
  }

  public TicketQueue getQueue() {
    return queue;
  }

  public User getUser() {
    return user;
  }

  public int getPosition() {
    return position;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getCategories() {
    return categories;
  }

  public String getLanguages() {
    return languages;
  }
}
