package de.opencrm.infrastructure.persistence;

import de.opencrm.domain.activity.TaskPriority;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a task's priority as its rank (1 = high), which is also its sort order. */
@Converter(autoApply = true)
public class TaskPriorityConverter implements AttributeConverter<TaskPriority, Integer> {

  @Override
  public Integer convertToDatabaseColumn(TaskPriority priority) {
    return priority == null ? null : priority.rank();
  }

  @Override
  public TaskPriority convertToEntityAttribute(Integer rank) {
    return rank == null ? null : TaskPriority.ofRank(rank);
  }
}
