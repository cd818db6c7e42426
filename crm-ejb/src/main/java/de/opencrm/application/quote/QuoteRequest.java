package de.opencrm.application.quote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What the user chooses for a new quote: to whom, how long it binds, a remark of their own. */
public class QuoteRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long recipientId;

  @NotNull private LocalDate validUntil;

  @Size(max = 2000)
  private String remark;

  public Long getRecipientId() {
    return recipientId;
  }

  public void setRecipientId(Long recipientId) {
    this.recipientId = recipientId;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
