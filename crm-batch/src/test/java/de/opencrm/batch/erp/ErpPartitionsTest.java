package de.opencrm.batch.erp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErpPartitionsTest {

  private static PartitionPlan plan(String parameter) {
    ErpPartitions mapper = new ErpPartitions();
    mapper.partitions = parameter;
    return mapper.mapPartitions();
  }

  @Test
  void twoPartitionsUnlessTheJobParameterSaysOtherwise() {
    assertThat(plan(null).getPartitions()).isEqualTo(2);
    assertThat(plan(" ").getPartitions()).isEqualTo(2);
    assertThat(plan("viele").getPartitions()).isEqualTo(2);
    assertThat(plan("4").getPartitions()).isEqualTo(4);
    assertThat(plan("0").getPartitions()).isEqualTo(1);
    assertThat(plan("1000").getPartitions()).isEqualTo(ErpPartitions.MAX);
  }

  @Test
  void eachPartitionKnowsItsShareAndRunsOnAThreadOfItsOwn() {
    PartitionPlan plan = plan("3");
    assertThat(plan.getThreads()).isEqualTo(3);
    assertThat(Arrays.stream(plan.getPartitionProperties()).map(p -> p.getProperty("part")))
        .containsExactly("0", "1", "2");
    assertThat(Arrays.stream(plan.getPartitionProperties()).map(p -> p.getProperty("parts")))
        .containsOnly("3");
  }
}
