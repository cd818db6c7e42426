package de.opencrm.application.activity;

import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.common.RecordRef;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A journal entry as the user writes it, times on the company's clock; {@code version} is the one
 * the form was loaded with.
 */
public class ActivityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private boolean editable = true;
  @NotNull private RecordRef record;

  @NotNull private ActivityType type = ActivityType.CALL;

  @NotNull private LocalDateTime occurredAt;

  @Min(0)
  @Max(1440)
  private Integer durationMinutes;

  @NotBlank
  @Size(max = 200)
  private String subject;

  @Size(max = 500)
  private String participants;

  @Size(max = 4000)
  private String outcome;

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

  public boolean isEditable() {
    return editable;
  }

  public void setEditable(boolean editable) {
    this.editable = editable;
  }

  public RecordRef getRecord() {
    return record;
  }

  public void setRecord(RecordRef record) {
    this.record = record;
  }

  public ActivityType getType() {
    return type;
  }

  public void setType(ActivityType type) {
    this.type = type;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
