package de.opencrm.application.lead.conversion;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The opportunity a conversion opens: what it is called, worth and expected to close. */
public class OpportunityStart implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 13, fraction = 2)
  private BigDecimal amount;

  @NotNull private LocalDate expectedClose;

  public OpportunityStart() {}

  public OpportunityStart(String name, BigDecimal amount, LocalDate expectedClose) {
    this.name = name;
    this.amount = amount;
    this.expectedClose = expectedClose;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public void setExpectedClose(LocalDate expectedClose) {
    this.expectedClose = expectedClose;
  }
}
