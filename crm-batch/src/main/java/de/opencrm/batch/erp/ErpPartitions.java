package de.opencrm.batch.erp;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits a step's records into partitions applied side by side, each on its own thread with its own
 * transactions and checkpoints: partition {@code part} of {@code parts} takes that share of every
 * file's records, in order ({@link ErpRecordReader}). While one partition parses and matches, the
 * other waits for the database. A restarted run goes on with the partitions it had, each from its
 * own checkpoint (the plan is the same for the same job parameters).
 */
@Named
@Dependent
public class ErpPartitions implements PartitionMapper {

  /** Partitions when the job parameter {@link ErpJobs#PARTITIONS} names none. */
  static final int DEFAULT = 2;

  /**
   * At most this many partitions, whatever the parameter says: with the job's own thread they fit
   * WildFly's batch thread pool (10 threads by default), and each holds a database connection.
   */
  static final int MAX = 8;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Override
  public PartitionPlan mapPartitions() {
    int count = count(partitions);
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(count);
    plan.setThreads(count);
    Properties[] each = new Properties[count];
    for (int part = 0; part < count; part++) {
      each[part] = new Properties();
      each[part].setProperty("part", Integer.toString(part));
      each[part].setProperty("parts", Integer.toString(count));
    }
    plan.setPartitionProperties(each);
    return plan;
  }

  static int count(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return DEFAULT;
    }
    try {
      return Math.max(1, Math.min(MAX, Integer.parseInt(parameter.strip())));
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }
}
