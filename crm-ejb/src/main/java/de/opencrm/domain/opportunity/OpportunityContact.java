package de.opencrm.domain.opportunity;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.contact.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person of the customer on an opportunity, with their buying role. */
@Entity
@Table(name = "crm_opportunity_contact")
public class OpportunityContact extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_opportunity_contact_seq",
      sequenceName = "crm_opportunity_contact_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_opportunity_contact_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
  private Opportunity opportunity;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "buying_role", nullable = false, length = 20)
  private BuyingRole role;

  protected OpportunityContact() {}

  public OpportunityContact(Opportunity opportunity, Contact contact, BuyingRole role) {
    this.opportunity = opportunity;
    this.contact = contact;
    this.role = role;
  }

  public void playing(BuyingRole newRole) {
    this.role = newRole;
  }

  @Override
  public String auditLabel() {
    return opportunity.getName() + ": " + role;
  }

  public Long getId() {
    return id;
  }

  public Opportunity getOpportunity() {
    return opportunity;
  }

  public Contact getContact() {
    return contact;
  }

  public BuyingRole getRole() {
    return role;
  }
}
