package de.opencrm.domain.ticket.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.ticket.TicketPriority;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFiguresTest {

  @Test
  void complianceIsTheShareOfSolvedTicketsThatKeptTheTarget() {
    SlaCompliance high = new SlaCompliance("Technik", TicketPriority.HIGH, 3, 1, 0);
    assertThat(high.firstResponseKept()).isEqualByComparingTo("66.7");
    assertThat(high.resolutionKept()).isEqualByComparingTo("100.0");
    SlaCompliance none = new SlaCompliance("Technik", TicketPriority.LOW, 0, 0, 0);
    assertThat(none.firstResponseKept()).isNull();

    SlaCompliance total =
        SlaCompliance.total(
            List.of(high, new SlaCompliance("Billing", TicketPriority.NORMAL, 5, 0, 2)));
    assertThat(total.solved()).isEqualTo(8);
    assertThat(total.firstResponseKept()).isEqualByComparingTo("87.5");
    assertThat(total.resolutionKept()).isEqualByComparingTo("75.0");

    List<SlaCompliance> queues =
        SlaCompliance.byQueue(
            List.of(high, new SlaCompliance("Technik", TicketPriority.LOW, 1, 1, 1)));
    assertThat(queues)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.queue()).isEqualTo("Technik");
              assertThat(q.solved()).isEqualTo(4);
              assertThat(q.firstResponseKept()).isEqualByComparingTo("50.0");
            });
  }

  @Test
  void npsIsPromotersMinusDetractorsAndCsatTheAverageRating() {
    // ratings 5, 4, 2 and recommendations 10, 9, 7, 3
    Satisfaction queue = new Satisfaction("Technik", 3, 11, 2, 4, 2, 1);
    assertThat(queue.csatAverage()).isEqualByComparingTo("3.7");
    assertThat(queue.satisfiedShare()).isEqualByComparingTo(new BigDecimal("66.7"));
    assertThat(queue.nps()).isEqualTo(25L);

    Satisfaction unhappy = new Satisfaction("Billing", 1, 1, 0, 2, 0, 2);
    assertThat(unhappy.nps()).isEqualTo(-100L);
    assertThat(Satisfaction.total(List.of(queue, unhappy)).nps()).isEqualTo(-17L);
    assertThat(new Satisfaction("Leer", 0, 0, 0, 0, 0, 0).csatAverage()).isNull();
    assertThat(new Satisfaction("Leer", 0, 0, 0, 0, 0, 0).nps()).isNull();
  }
}
