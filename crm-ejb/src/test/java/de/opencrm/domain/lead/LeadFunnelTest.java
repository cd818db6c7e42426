package de.opencrm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.domain.lead.LeadFunnel.Count;
import de.opencrm.domain.lead.LeadFunnel.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadFunnelTest {

  @Test
  void aLeadCountsForEveryStageUpToWhereItStandsAndTheLastRowSumsUp() {
    List<Stage> funnel =
        LeadFunnel.of(
            List.of(
                new Count(LeadSource.WEB_FORM, LeadStatus.NEW, 10),
                new Count(LeadSource.WEB_FORM, LeadStatus.MQL, 5),
                new Count(LeadSource.WEB_FORM, LeadStatus.SQL, 3),
                new Count(LeadSource.WEB_FORM, LeadStatus.CONVERTED, 2),
                new Count(LeadSource.WEB_FORM, LeadStatus.DISQUALIFIED, 4),
                new Count(LeadSource.EVENT, LeadStatus.CONVERTED, 1),
                new Count(LeadSource.EVENT, LeadStatus.WORKING, 1)));
    assertThat(funnel).hasSize(3);
    assertThat(funnel.get(0)).isEqualTo(new Stage(LeadSource.WEB_FORM, 24, 10, 5, 2, 4));
    assertThat(funnel.get(0).conversionPercent()).isEqualTo(8);
    assertThat(funnel.get(1)).isEqualTo(new Stage(LeadSource.EVENT, 2, 1, 1, 1, 0));
    assertThat(funnel.get(1).conversionPercent()).isEqualTo(50);
    assertThat(funnel.get(2)).as("all sources").isEqualTo(new Stage(null, 26, 11, 6, 3, 4));
  }

  @Test
  void noLeadsNoRows() {
    assertThat(LeadFunnel.of(List.of())).isEmpty();
    assertThat(new Stage(LeadSource.API, 0, 0, 0, 0, 0).conversionPercent()).isZero();
  }
}
