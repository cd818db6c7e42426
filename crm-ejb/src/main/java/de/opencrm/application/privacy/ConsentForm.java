package de.opencrm.application.privacy;

import de.opencrm.domain.privacy.Consent;
import de.opencrm.domain.privacy.ConsentChannel;
import de.opencrm.domain.privacy.ConsentPurpose;
import de.opencrm.domain.privacy.ConsentSource;
import de.opencrm.domain.privacy.LegalBasis;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A consent being recorded for a person, on the company's clock. */
public class ConsentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private Long contactId;

  @NotNull private ConsentPurpose purpose;

  @NotNull private ConsentChannel channel;

  @NotNull private LegalBasis legalBasis = LegalBasis.CONSENT;

  @NotNull private ConsentSource source;

  @NotNull private LocalDateTime givenAt;

  @NotBlank
  @Size(max = Consent.MAX_PROOF)
  private String proof;

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(ConsentPurpose purpose) {
    this.purpose = purpose;
  }

  public ConsentChannel getChannel() {
    return channel;
  }

  public void setChannel(ConsentChannel channel) {
    this.channel = channel;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  public ConsentSource getSource() {
    return source;
  }

  public void setSource(ConsentSource source) {
    this.source = source;
  }

  public LocalDateTime getGivenAt() {
    return givenAt;
  }

  public void setGivenAt(LocalDateTime givenAt) {
    this.givenAt = givenAt;
  }

  public String getProof() {
    return proof;
  }

  public void setProof(String proof) {
    this.proof = proof;
  }
}
