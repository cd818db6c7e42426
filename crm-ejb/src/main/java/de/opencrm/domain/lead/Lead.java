package de.opencrm.domain.lead;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Erasable;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.lead.routing.LeadFacts;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Transient;

/**
 * A person who may become a customer, with the company they named, where they came from (their
 * origin), how promising they look (score), where they stand (status) and who works on them; the
 * routing decision that gave them their owner stays on the lead for everyone to read.
 */
@Entity
@Table(name = "crm_lead")
public class Lead extends AuditedEntity implements AuditLabelled, Erasable {

  @Id
  @SequenceGenerator(name = "crm_lead_seq", sequenceName = "crm_lead_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_seq")
  private Long id;

  @Embedded private LeadPerson person;

  @Column(length = 200)
  private String company;

  @Column(length = 100)
  private String industry;

  @Enumerated(EnumType.STRING)
  @Column(name = "company_size", length = 20)
  private CompanySize companySize;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "street")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "city")),
    @AttributeOverride(name = "state", column = @Column(name = "state")),
    @AttributeOverride(name = "country", column = @Column(name = "country"))
  })
  private Address address = new Address();

  /** What the person wrote (a web form's message field). */
  @Column(length = 2000)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LeadStatus status = LeadStatus.NEW;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_reason", length = 20)
  private StatusReason statusReason;

  @Column(name = "status_note", length = 500)
  private String statusNote;

  @Column(nullable = false)
  private int score;

  @Embedded private LeadOrigin origin;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private User owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @Embedded private RoutingRecord routing;

  /**
   * Set while the lead is deleted by a retention run or an erasure: the journal keeps no values.
   */
  @Transient private boolean erased;

  protected Lead() {}

  public Lead(LeadPerson person, LeadOrigin origin) {
    this.person = person;
    this.origin = origin;
  }

  /** The company side as the person described it. */
  public void describeCompany(
      String newCompany, String newIndustry, CompanySize newSize, Address newAddress) {
    this.company = Texts.trimToNull(newCompany);
    this.industry = Texts.trimToNull(newIndustry);
    this.companySize = newSize;
    this.address = newAddress == null ? new Address() : newAddress;
  }

  public void correctPerson(LeadPerson corrected) {
    this.person = corrected;
  }

  public void leaveMessage(String text) {
    this.message = Texts.trimToNull(text);
  }

  public void rate(int newScore) {
    this.score = newScore;
  }

  /** What routing rules look at. */
  public LeadFacts facts() {
    return new LeadFacts(
        address.getCountry(),
        address.getPostalCode(),
        industry,
        companySize,
        origin.getSource(),
        person.getLanguage(),
        score);
  }

  /**
   * Hands the lead to the owner routing chose (or nobody), recording why; a new lead becomes
   * Assigned when it gets an owner.
   */
  public void route(User newOwner, RoutingRecord record) {
    this.routing = record;
    assignTo(newOwner);
  }

  /** Gives the lead to someone by hand; their team comes along. */
  public void assignTo(User newOwner) {
    this.owner = newOwner;
    this.team = newOwner == null ? null : newOwner.getTeam();
    if (newOwner != null && status == LeadStatus.NEW) {
      status = LeadStatus.ASSIGNED;
    }
  }

  /** Moves the lead on by hand; a reason is required to disqualify. */
  public void moveTo(LeadStatus next, StatusReason reason, String note) {
    if (!status.mayMoveTo(next)) {
      throw new BusinessException("lead.statusNotAllowed", status, next);
    }
    if (next == LeadStatus.DISQUALIFIED && reason == null) {
      throw BusinessException.onField("statusReason", "lead.reasonRequired");
    }
    this.status = next;
    this.statusReason =
        next == LeadStatus.DISQUALIFIED || next == LeadStatus.RECYCLED ? reason : null;
    this.statusNote = Texts.trimToNull(note);
  }

  /** Marks the lead as going for data protection, so its deletion copies none of its data. */
  public void eraseForRetention() {
    this.erased = true;
  }

  @Override
  public boolean isErased() {
    return erased;
  }

  @Override
  public String auditLabel() {
    return person.fullName() + (company == null ? "" : " (" + company + ")");
  }

  public Long getId() {
    return id;
  }

  public LeadPerson getPerson() {
    return person;
  }

  public String getCompany() {
    return company;
  }

  public String getIndustry() {
    return industry;
  }

  public CompanySize getCompanySize() {
    return companySize;
  }

  public Address getAddress() {
    return address == null ? new Address() : address;
  }

  public String getMessage() {
    return message;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public StatusReason getStatusReason() {
    return statusReason;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public int getScore() {
    return score;
  }

  public LeadOrigin getOrigin() {
    return origin;
  }

  public User getOwner() {
    return owner;
  }

  public Team getTeam() {
    return team;
  }

  /** How routing decided, or null for a lead never routed. */
  public RoutingRecord getRouting() {
    return routing;
  }
}
