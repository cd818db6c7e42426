package de.opencrm.application.lead.routing;

import de.opencrm.domain.lead.routing.RoutingLedger;
import jakarta.enterprise.context.ApplicationScoped;

/** The server's one routing ledger: the rules' turns and the leads being routed right now. */
@ApplicationScoped
public class RoutingTurns {

  private final RoutingLedger ledger = new RoutingLedger();

  public RoutingLedger ledger() {
    return ledger;
  }
}
