package de.opencrm.domain.opportunity;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.product.PriceList;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sales opportunity (Verkaufschance) on an account: what it is worth, where it stands in its
 * pipeline, how likely it is to close and when, and how it counts in the forecast. Entering a stage
 * takes the stage's probability and forecast category (the owner may set others afterwards), is
 * recorded with its time, and a won or lost stage closes the opportunity; lost needs a reason.
 *
 * <p>Longer than 300 lines on purpose: an aggregate root keeps the rules of a deal together (stages
 * and their outcome, amounts and probability, line items, buying centre), so the weighted amount
 * and the stage history cannot disagree.
 */
@Entity
@Table(name = "crm_opportunity")
public class Opportunity extends AuditedEntity implements AuditLabelled {

  /** Amounts in this currency are the CRM's own; others are kept as entered. */
  public static final String EURO = "EUR";

  @Id
  @SequenceGenerator(
      name = "crm_opportunity_seq",
      sequenceName = "crm_opportunity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_opportunity_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  /** The main person to talk to at the account. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pipeline_id", nullable = false)
  private Pipeline pipeline;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "stage_id", nullable = false)
  private Stage stage;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency = EURO;

  /** Euros for one unit of the currency: 1 for euros. */
  @Column(name = "exchange_rate", nullable = false, precision = 12, scale = 6)
  private BigDecimal exchangeRate = BigDecimal.ONE;

  /** The amount in euros, which the board and the forecast add up. */
  @Column(name = "amount_eur", nullable = false, precision = 15, scale = 2)
  private BigDecimal amountEur;

  @Column(nullable = false)
  private int probability;

  @Column(name = "expected_close", nullable = false)
  private LocalDate expectedClose;

  @Enumerated(EnumType.STRING)
  @Column(name = "forecast_category", nullable = false, length = 20)
  private ForecastCategory forecastCategory;

  @Column(name = "next_step", length = 500)
  private String nextStep;

  @Column(length = 500)
  private String competitors;

  /** Where the deal came from: the lead's source when it was converted from one. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private LeadSource source;

  @Column(name = "lead_id")
  private Long leadId;

  @Column(name = "lost_reason", length = 500)
  private String lostReason;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When the opportunity entered its current stage. */
  @Column(name = "stage_since", nullable = false)
  private Instant stageSince;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  /** The price list its line items are priced from; none until the first line item. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "price_list_id")
  private PriceList priceList;

  @OneToMany(mappedBy = "opportunity", cascade = CascadeType.PERSIST)
  private List<StageChange> stageChanges = new ArrayList<>();

  protected Opportunity() {}

  /** A new opportunity entering the stage it starts in. */
  public Opportunity(
      String name,
      Account account,
      Stage stage,
      BigDecimal amount,
      LocalDate expectedClose,
      User owner,
      Instant at,
      String by) {
    this(name, account, stage, null, amount, expectedClose, owner, at, by);
  }

  /**
   * A new opportunity entering its first stage, which, when it is a lost stage, needs the reason.
   */
  public Opportunity(
      String name,
      Account account,
      Stage stage,
      String reasonLost,
      BigDecimal amount,
      LocalDate expectedClose,
      User owner,
      Instant at,
      String by) {
    rename(name);
    this.account = account;
    this.pipeline = stage.getPipeline();
    value(amount, EURO, null);
    closeExpectedOn(expectedClose);
    assignTo(owner);
    enter(stage, reasonLost, at, by);
  }

  /**
   * Moves the opportunity to another stage of its pipeline; a lost stage needs the reason. Nothing
   * happens when it is there already.
   */
  public void moveTo(Stage next, String reasonLost, Instant at, String by) {
    if (same(next.getId(), stage.getId()) || next == stage) {
      return;
    }
    if (next.getPipeline() != pipeline && !same(next.getPipeline().getId(), pipeline.getId())) {
      throw BusinessException.onField("stage", "opportunity.otherPipeline");
    }
    enter(next, reasonLost, at, by);
  }

  private static boolean same(Long one, Long other) {
    return one != null && one.equals(other);
  }

  private void enter(Stage next, String reasonLost, Instant at, String by) {
    String reason = Texts.cut(reasonLost, 500);
    if (next.getOutcome() == StageOutcome.LOST && reason == null) {
      throw BusinessException.onField("lostReason", "opportunity.lostReasonRequired");
    }
    Stage from = stage;
    stage = next;
    probability = next.getProbability();
    forecastCategory = next.getForecastCategory();
    lostReason = next.getOutcome() == StageOutcome.LOST ? reason : null;
    closedAt = next.closes() ? at : null;
    stageSince = at;
    stageChanges.add(new StageChange(this, from, next, at, by));
  }

  public void rename(String newName) {
    String given = Texts.cut(newName, 200);
    if (given == null) {
      throw BusinessException.onField("name", "opportunity.nameRequired");
    }
    this.name = given;
  }

  /**
   * The amount in the given currency (three letters, EUR when none), never negative; another
   * currency than the euro needs its rate (euros for one unit) so the amount counts in euros.
   */
  public void value(BigDecimal newAmount, String newCurrency, BigDecimal rate) {
    if (newAmount == null || newAmount.signum() < 0) {
      throw BusinessException.onField("amount", "opportunity.amountInvalid");
    }
    if (newAmount.scale() > 2 || newAmount.precision() - newAmount.scale() > 13) {
      throw BusinessException.onField("amount", "opportunity.amountInvalid");
    }
    String code = Texts.trimToNull(newCurrency);
    if (code != null && !code.matches("[A-Za-z]{3}")) {
      throw BusinessException.onField("currency", "opportunity.currencyInvalid");
    }
    String currencyCode = code == null ? EURO : code.toUpperCase(Locale.ROOT);
    BigDecimal euroRate = EURO.equals(currencyCode) ? BigDecimal.ONE : checkedRate(rate);
    this.amount = newAmount.setScale(2);
    this.currency = currencyCode;
    this.exchangeRate = euroRate.setScale(6, RoundingMode.HALF_UP);
    this.amountEur = amount.multiply(exchangeRate).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal checkedRate(BigDecimal rate) {
    if (rate == null) {
      throw BusinessException.onField("exchangeRate", "opportunity.rateRequired");
    }
    if (rate.signum() <= 0 || rate.scale() > 6 || rate.precision() - rate.scale() > 6) {
      throw BusinessException.onField("exchangeRate", "opportunity.rateInvalid");
    }
    return rate;
  }

  /**
   * Prices its line items from the list, in the list's currency: a currency other than the euro
   * needs a rate, the given one or else the one it had for that currency already.
   */
  public void priceFrom(PriceList list, BigDecimal rate) {
    BigDecimal kept = list.getCurrency().equals(currency) ? exchangeRate : null;
    this.priceList = list;
    value(amount, list.getCurrency(), rate == null ? kept : rate);
  }

  /** The amount its line items add up to (net, in the price list's currency). */
  public void itemsTotal(BigDecimal netTotal) {
    value(netTotal, currency, exchangeRate);
  }

  public void closeExpectedOn(LocalDate date) {
    if (date == null) {
      throw BusinessException.onField("expectedClose", "opportunity.closeRequired");
    }
    this.expectedClose = date;
  }

  /** The owner's own estimate, over the stage's default. */
  public void estimate(int percent, ForecastCategory category) {
    this.probability = Probability.checked(percent);
    if (category != null) {
      this.forecastCategory = category;
    }
  }

  public void describe(String newNextStep, String newCompetitors, Contact mainContact) {
    this.nextStep = Texts.cut(newNextStep, 500);
    this.competitors = Texts.cut(newCompetitors, 500);
    this.contact = mainContact;
  }

  /** Converted from a lead: where it came from. */
  public void cameFrom(long lead, LeadSource leadSource) {
    this.leadId = lead;
    this.source = leadSource;
  }

  public void assignTo(User newOwner) {
    if (newOwner == null) {
      throw BusinessException.onField("owner", "opportunity.ownerRequired");
    }
    this.owner = newOwner;
    this.team = newOwner.getTeam();
  }

  /** The amount weighted by the probability, in the opportunity's currency. */
  public BigDecimal weightedAmount() {
    return Probability.weigh(amount, probability);
  }

  /** The amount in euros weighted by the probability. */
  public BigDecimal weightedEur() {
    return Probability.weigh(amountEur, probability);
  }

  public boolean isClosed() {
    return stage.closes();
  }

  @Override
  public String auditLabel() {
    return name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Account getAccount() {
    return account;
  }

  public Contact getContact() {
    return contact;
  }

  public Pipeline getPipeline() {
    return pipeline;
  }

  public Stage getStage() {
    return stage;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getExchangeRate() {
    return exchangeRate;
  }

  public BigDecimal getAmountEur() {
    return amountEur;
  }

  public int getProbability() {
    return probability;
  }

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public ForecastCategory getForecastCategory() {
    return forecastCategory;
  }

  public String getNextStep() {
    return nextStep;
  }

  public String getCompetitors() {
    return competitors;
  }

  public LeadSource getSource() {
    return source;
  }

  public Long getLeadId() {
    return leadId;
  }

  public String getLostReason() {
    return lostReason;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getStageSince() {
    return stageSince;
  }

  public User getOwner() {
    return owner;
  }

  public Team getTeam() {
    return team;
  }

  public PriceList getPriceList() {
    return priceList;
  }
}
