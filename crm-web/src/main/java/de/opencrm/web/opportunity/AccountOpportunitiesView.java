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

/**
 * A company's or person's opportunities on their page, latest close first; loaded once per page.
 */
@Named
@ViewScoped
public class AccountOpportunitiesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  @Inject OpportunityService opportunities;

  private String criterion;
  private Long recordId;
  private Page<OpportunityRow> page;

  /** The company's opportunities. */
  public Page<OpportunityRow> of(Long account) {
    return read(OpportunityRepository.ACCOUNT, account);
  }

  /** The opportunities the person is the main contact of. */
  public Page<OpportunityRow> ofPerson(Long contact) {
    return read(OpportunityRepository.CONTACT, contact);
  }

  private Page<OpportunityRow> read(String by, Long id) {
    if (id == null) {
      return new Page<>(java.util.List.of(), 0);
    }
    if (page == null || !id.equals(recordId) || !by.equals(criterion)) {
      criterion = by;
      recordId = id;
      page =
          opportunities.listOpportunities(
              new PageRequest(
                  0, SHOWN, "expectedClose", false, null, Map.of(by, String.valueOf(id))));
    }
    return page;
  }
}
