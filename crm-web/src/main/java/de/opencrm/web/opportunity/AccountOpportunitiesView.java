package de.opencrm.web.opportunity;

import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.opportunity.OpportunityRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** A company's opportunities on its page, latest close first; loaded once per page. */
@Named
@ViewScoped
public class AccountOpportunitiesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  @Inject OpportunityService opportunities;

  private Long accountId;
  private Page<OpportunityRow> page;

  public Page<OpportunityRow> of(Long account) {
    if (account == null) {
      return new Page<>(java.util.List.of(), 0);
    }
    if (page == null || !account.equals(accountId)) {
      accountId = account;
      page =
          opportunities.listOpportunities(
              new PageRequest(
                  0,
                  SHOWN,
                  "expectedClose",
                  false,
                  null,
                  Map.of(OpportunityRepository.ACCOUNT, String.valueOf(account))));
    }
    return page;
  }
}
