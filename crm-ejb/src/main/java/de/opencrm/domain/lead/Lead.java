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
import de.opencrm.domain.lead.prediction.PredictedScore;
import de.opencrm.domain.lead.routing.LeadFacts;
import de.opencrm.domain.lead.scoring.LeadScorer;
import de.opencrm.domain.lead.scoring.ScoreCard;
import de.opencrm.domain.lead.scoring.ScoringFacts;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who may become a customer, with the company they named, where they came from (their
 * origin), how promising they look (score), where they stand (status) and who works on them; the
 * routing decision that gave them their owner stays on the lead for everyone to read.
 *
 * <p>Longer than 300 lines on purpose: an aggregate root keeps every rule of its life in one place
 * (qualification from new to MQL and SQL, scoring, routing, assignment, conversion,
 * re-submissions), so no other class can put a lead in a state those rules forbid.
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

  /** The scoring rules that made up the score (ScoreCard's encoding). */
  @Column(name = "score_breakdown", length = 1000)
  private String scoreBreakdown;

  /** The predicted chance to convert in percent; null while there is no model. */
  @Column(name = "predicted_score")
  private Integer predictedScore;

  /** The prediction's strongest factors (PredictedScore's encoding). */
  @Column(name = "predicted_factors", length = 1000)
  private String predictedFactors;

  @Column(name = "predicted_at")
  private Instant predictedAt;

  /** How many times the person sent the company's forms: once for a new lead. */
  @Column(nullable = false)
  private int submissions = 1;

  @Column(name = "last_submitted_at")
  private Instant lastSubmittedAt;

  /** When the lead reached MQL. */
  @Column(name = "qualified_at")
  private Instant qualifiedAt;

  @Embedded private LeadOrigin origin;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private User owner;

  /** The account the lead became (new or an existing one); set once, by conversion. */
  @Column(name = "converted_account_id")
  private Long convertedAccountId;

  @Column(name = "converted_contact_id")
  private Long convertedContactId;

  @Column(name = "converted_at")
  private Instant convertedAt;

  /** The opportunity opened at conversion, if one was. */
  @Column(name = "converted_opportunity_id")
  private Long convertedOpportunityId;

  /** When the owner's manager was told nobody had started on the lead. */
  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @Embedded private RoutingRecord routing;

  /**
   * Set while the lead is deleted by a retention run or an erasure: the journal keeps no values.
   */
  @Transient private boolean erased;

  private static final Set<LeadStatus> CONVERTIBLE =
      EnumSet.of(LeadStatus.ASSIGNED, LeadStatus.WORKING, LeadStatus.MQL, LeadStatus.SQL);

  private static final Set<LeadStatus> BEFORE_MQL =
      EnumSet.of(LeadStatus.NEW, LeadStatus.ASSIGNED, LeadStatus.WORKING);

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

  /**
   * Takes the score the rules give; a lead still being worked on that reaches the threshold becomes
   * MQL (it never falls back by itself: sales accept or reject it).
   */
  public void applyScore(ScoreCard card, int mqlThreshold, Instant at) {
    this.score = card.total();
    this.scoreBreakdown = card.hits().isEmpty() ? null : card.encode();
    if (LeadScorer.qualifies(score, mqlThreshold) && BEFORE_MQL.contains(status)) {
      this.status = LeadStatus.MQL;
      this.qualifiedAt = at;
    }
  }

  /** The model's prediction for this lead; null takes an earlier prediction away. */
  public void applyPrediction(PredictedScore prediction, Instant at) {
    this.predictedScore = prediction == null ? null : prediction.percent();
    this.predictedFactors = prediction == null ? null : prediction.encodeFactors();
    this.predictedAt = prediction == null ? null : at;
  }

  /** The prediction as last made, or empty. */
  public java.util.Optional<PredictedScore> prediction() {
    return predictedScore == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new PredictedScore(predictedScore, PredictedScore.decodeFactors(predictedFactors)));
  }

  public Integer getPredictedScore() {
    return predictedScore;
  }

  public Instant getPredictedAt() {
    return predictedAt;
  }

  /** The same person sent a form again: one more submission, their latest message kept. */
  public void submittedAgain(String newMessage, Instant at) {
    this.submissions++;
    this.lastSubmittedAt = at;
    if (Texts.trimToNull(newMessage) != null) {
      this.message = Texts.trimToNull(newMessage);
    }
  }

  /** What scoring rules look at. */
  public ScoringFacts scoringFacts() {
    return new ScoringFacts(
        person.getJobTitle(),
        industry,
        companySize,
        address.getCountry(),
        address.getPostalCode(),
        origin.getSource(),
        person.getEmail(),
        submissions);
  }

  public ScoreCard scoreCard() {
    return ScoreCard.decode(score, scoreBreakdown);
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
    boolean rejected = status == LeadStatus.MQL && next == LeadStatus.RECYCLED;
    if ((next == LeadStatus.DISQUALIFIED || rejected) && reason == null) {
      throw BusinessException.onField("statusReason", "lead.reasonRequired");
    }
    this.status = next;
    this.statusReason =
        next == LeadStatus.DISQUALIFIED || next == LeadStatus.RECYCLED ? reason : null;
    this.statusNote = Texts.trimToNull(note);
  }

  /** Whether the lead has waited too long for anybody to start on it. */
  public boolean isEscalationDue(Instant now, java.time.Duration after) {
    return LeadEscalation.isDue(status, origin.getCapturedAt(), escalatedAt, now, after);
  }

  public void escalate(Instant at) {
    this.escalatedAt = at;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  /** Whether the lead may be converted now: it is being worked on, by an owner. */
  public boolean mayConvert() {
    return CONVERTIBLE.contains(status);
  }

  /**
   * The lead became a customer: the account (null if the lead named no company) and contact it
   * converted into. Once only.
   */
  public void convert(Long accountId, long contactId, Instant at) {
    if (!mayConvert()) {
      throw new BusinessException("lead.notConvertible", "leadStatus." + status);
    }
    this.status = LeadStatus.CONVERTED;
    this.statusReason = null;
    this.convertedAccountId = accountId;
    this.convertedContactId = contactId;
    this.convertedAt = at;
  }

  /** The conversion opened this opportunity too. */
  public void convertedWith(long opportunityId) {
    this.convertedOpportunityId = opportunityId;
  }

  public Long getConvertedOpportunityId() {
    return convertedOpportunityId;
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

  public Long getConvertedAccountId() {
    return convertedAccountId;
  }

  public Long getConvertedContactId() {
    return convertedContactId;
  }

  public Instant getConvertedAt() {
    return convertedAt;
  }

  public int getSubmissions() {
    return submissions;
  }

  public Instant getLastSubmittedAt() {
    return lastSubmittedAt;
  }

  public Instant getQualifiedAt() {
    return qualifiedAt;
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
