package de.opencrm.application.opportunity;

import de.opencrm.domain.opportunity.ForecastCategory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as its page edits it. The stage decides probability and forecast category unless
 * the user sets their own; a new opportunity without a stage starts in the pipeline's first.
 */
public class OpportunityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull private Long accountId;
  private String accountName;
  private Long contactId;
  private Long pipelineId;
  private Long stageId;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 13, fraction = 2)
  private BigDecimal amount;

  @Pattern(regexp = "^$|^[A-Za-z]{3}$", message = "{crm.opportunity.currency.pattern}")
  private String currency = "EUR";

  /** Euros for one unit of the currency; needed for other currencies than the euro. */
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 6, fraction = 6)
  private BigDecimal exchangeRate;

  @Min(0)
  @Max(100)
  private Integer probability;

  private ForecastCategory forecastCategory;

  @NotNull private LocalDate expectedClose;

  @Size(max = 500)
  private String nextStep;

  @Size(max = 500)
  private String competitors;

  @Size(max = 500)
  private String lostReason;

  private Long ownerId;

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }

  public Long getStageId() {
    return stageId;
  }

  public void setStageId(Long stageId) {
    this.stageId = stageId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getExchangeRate() {
    return exchangeRate;
  }

  public void setExchangeRate(BigDecimal exchangeRate) {
    this.exchangeRate = exchangeRate;
  }

  /** Whether the currency is another than the euro, so the rate is asked. */
  public boolean isForeignCurrency() {
    return currency != null && !currency.isBlank() && !"EUR".equalsIgnoreCase(currency.trim());
  }

  public Integer getProbability() {
    return probability;
  }

  public void setProbability(Integer probability) {
    this.probability = probability;
  }

  public ForecastCategory getForecastCategory() {
    return forecastCategory;
  }

  public void setForecastCategory(ForecastCategory forecastCategory) {
    this.forecastCategory = forecastCategory;
  }

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public void setExpectedClose(LocalDate expectedClose) {
    this.expectedClose = expectedClose;
  }

  public String getNextStep() {
    return nextStep;
  }

  public void setNextStep(String nextStep) {
    this.nextStep = nextStep;
  }

  public String getCompetitors() {
    return competitors;
  }

  public void setCompetitors(String competitors) {
    this.competitors = competitors;
  }

  public String getLostReason() {
    return lostReason;
  }

  public void setLostReason(String lostReason) {
    this.lostReason = lostReason;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }
}
