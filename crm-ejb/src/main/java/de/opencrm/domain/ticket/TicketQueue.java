package de.opencrm.domain.ticket;

import de.opencrm.domain.admin.Team;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.ticket.assignment.AssignmentPolicy;
import de.opencrm.domain.ticket.sla.BusinessCalendar;
import de.opencrm.domain.ticket.sla.GermanHolidays;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A queue of tickets (e.g. Kundenservice): the policy that hands new tickets to its agents, who got
 * the last one, and the business hours and holidays its SLA clocks run on.
 */
@Entity
@Table(name = "crm_ticket_queue")
public class TicketQueue extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_ticket_queue_seq",
      sequenceName = "crm_ticket_queue_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_ticket_queue_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssignmentPolicy policy;

  @Column(name = "last_assigned_id")
  private Long lastAssignedId;

  @Column(name = "opens_minute", nullable = false)
  private int opensMinute;

  @Column(name = "closes_minute", nullable = false)
  private int closesMinute;

  @Column(name = "holiday_state", nullable = false, length = 2)
  private String holidayState;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  protected TicketQueue() {}

  public TicketQueue(String name) {
    configure(
        name,
        null,
        AssignmentPolicy.LEAST_OPEN,
        LocalTime.of(8, 0),
        LocalTime.of(17, 0),
        "BY",
        "Europe/Berlin");
  }

  /**
   * The queue's name, team, assignment policy and business hours (opening and closing time on
   * working days, the federal state whose holidays close it, the time zone).
   */
  public void configure(
      String newName,
      Team newTeam,
      AssignmentPolicy newPolicy,
      LocalTime opens,
      LocalTime closes,
      String state,
      String zone) {
    String n = Texts.cut(newName, 100);
    if (n == null) {
      throw BusinessException.onField("name", "queue.nameRequired");
    }
    if (opens == null || closes == null || !opens.isBefore(closes)) {
      throw BusinessException.onField("closes", "queue.hoursInvalid");
    }
    if (state == null
        || !GermanHolidays.STATES.contains(state.toLowerCase(java.util.Locale.ROOT))) {
      throw BusinessException.onField("state", "queue.stateInvalid");
    }
    try {
      ZoneId.of(zone);
    } catch (RuntimeException e) {
      throw BusinessException.onField("zone", "queue.zoneInvalid");
    }
    this.name = n;
    this.team = newTeam;
    this.policy = newPolicy == null ? AssignmentPolicy.LEAST_OPEN : newPolicy;
    this.opensMinute = opens.getHour() * 60 + opens.getMinute();
    this.closesMinute = closes.getHour() * 60 + closes.getMinute();
    this.holidayState = state.toUpperCase(java.util.Locale.ROOT);
    this.timeZone = zone;
  }

  /** Monday to Friday between the opening and closing times, closed on the state's holidays. */
  public BusinessCalendar calendar() {
    return BusinessCalendar.weekdays(
        ZoneId.of(timeZone),
        LocalTime.ofSecondOfDay(opensMinute * 60L),
        closesMinute >= 1440 ? LocalTime.MAX : LocalTime.ofSecondOfDay(closesMinute * 60L),
        GermanHolidays.of(holidayState));
  }

  /** Remembers who got the last ticket by round robin. */
  public void assignedTo(Long userId) {
    this.lastAssignedId = userId;
  }

  @Override
  public String auditLabel() {
    return name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Team getTeam() {
    return team;
  }

  public AssignmentPolicy getPolicy() {
    return policy;
  }

  public Long getLastAssignedId() {
    return lastAssignedId;
  }

  public LocalTime opens() {
    return LocalTime.ofSecondOfDay(opensMinute * 60L);
  }

  public LocalTime closes() {
    return closesMinute >= 1440
        ? LocalTime.of(23, 59)
        : LocalTime.ofSecondOfDay(closesMinute * 60L);
  }

  public String getHolidayState() {
    return holidayState;
  }

  public String getTimeZone() {
    return timeZone;
  }
}
