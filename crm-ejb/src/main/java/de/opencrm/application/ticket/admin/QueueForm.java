package de.opencrm.application.ticket.admin;

import de.opencrm.domain.ticket.assignment.AssignmentPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;

/** A queue as the administrator keeps it: name, team, policy and business hours. */
public class QueueForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Size(max = 100)
  private String name;

  private Long teamId;
  @NotNull private AssignmentPolicy policy = AssignmentPolicy.LEAST_OPEN;
  @NotNull private LocalTime opens = LocalTime.of(8, 0);
  @NotNull private LocalTime closes = LocalTime.of(17, 0);
  @NotNull private String holidayState = "BY";
  @NotNull private String timeZone = "Europe/Berlin";

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public AssignmentPolicy getPolicy() {
    return policy;
  }

  public void setPolicy(AssignmentPolicy policy) {
    this.policy = policy;
  }

  public LocalTime getOpens() {
    return opens;
  }

  public void setOpens(LocalTime opens) {
    this.opens = opens;
  }

  public LocalTime getCloses() {
    return closes;
  }

  public void setCloses(LocalTime closes) {
    this.closes = closes;
  }

  public String getHolidayState() {
    return holidayState;
  }

  public void setHolidayState(String holidayState) {
    this.holidayState = holidayState;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
