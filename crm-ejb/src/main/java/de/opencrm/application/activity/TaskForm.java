package de.opencrm.application.activity;

import de.opencrm.domain.activity.TaskPriority;
import de.opencrm.domain.common.RecordRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A task as the user plans it; the reminder is on the company's clock. */
public class TaskForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private boolean editable = true;
  @NotNull private RecordRef record;

  @NotBlank
  @Size(max = 200)
  private String subject;

  @Size(max = 2000)
  private String description;

  @NotNull private LocalDate dueDate;

  @NotNull private TaskPriority priority = TaskPriority.NORMAL;

  @NotNull private Long assigneeId;

  private LocalDateTime remindAt;

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

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public TaskPriority getPriority() {
    return priority;
  }

  public void setPriority(TaskPriority priority) {
    this.priority = priority;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }

  public LocalDateTime getRemindAt() {
    return remindAt;
  }

  public void setRemindAt(LocalDateTime remindAt) {
    this.remindAt = remindAt;
  }
}
