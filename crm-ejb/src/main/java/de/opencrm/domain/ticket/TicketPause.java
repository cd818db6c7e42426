package de.opencrm.domain.ticket;

import de.opencrm.domain.ticket.sla.Pause;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A span in which the ticket waited on the customer; open while it still waits. */
@Entity
@Table(name = "crm_ticket_pause")
public class TicketPause {

  @Id
  @SequenceGenerator(
      name = "crm_ticket_pause_seq",
      sequenceName = "crm_ticket_pause_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_ticket_pause_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @Column(name = "paused_from", nullable = false, updatable = false)
  private Instant from;

  @Column(name = "paused_to")
  private Instant to;

  protected TicketPause() {}

  TicketPause(Ticket ticket, Instant from) {
    this.ticket = ticket;
    this.from = from;
  }

  void end(Instant at) {
    this.to = at;
  }

  boolean isOpen() {
    return to == null;
  }

  public Pause asPause() {
    return new Pause(from, to);
  }
}
