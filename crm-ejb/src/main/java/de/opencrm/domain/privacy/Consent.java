package de.opencrm.domain.privacy;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Erasable;
import de.opencrm.domain.common.Texts;
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
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's consent (or another legal basis) to be contacted for a purpose through a channel, with
 * the proof of how it was given. A withdrawal ends it but keeps the row: the CRM must be able to
 * show that it had a consent at the time it used it (Art. 7 Abs. 1 DSGVO), and since when it has
 * none.
 */
@Entity
@Table(name = "crm_consent")
public class Consent extends AuditedEntity implements AuditLabelled, Erasable {

  public static final int MAX_PROOF = 2000;
  public static final int MAX_NOTE = 500;

  /** A consent given "now" on a clock slightly ahead of the server's is not in the future. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Id
  @SequenceGenerator(
      name = "crm_consent_seq",
      sequenceName = "crm_consent_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_consent_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false, updatable = false)
  private Contact contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ConsentPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ConsentChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 20, updatable = false)
  private LegalBasis legalBasis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ConsentSource source;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  /** The wording agreed to, the form and page, or who took it on the phone: what proves it. */
  @Column(nullable = false, length = MAX_PROOF, updatable = false)
  private String proof;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawal_note", length = MAX_NOTE)
  private String withdrawalNote;

  /** Kept as proof after the person's erasure, hidden from everyday work until this day. */
  @Column(name = "restricted_until")
  private LocalDate restrictedUntil;

  /** Set while the consent is deleted after its retention; never stored. */
  @Transient private boolean erased;

  protected Consent() {}

  /** Marks the consent as going at the end of its retention, before it is deleted. */
  public void eraseWithPerson() {
    this.erased = true;
  }

  @Override
  public boolean isErased() {
    return erased;
  }

  /** A consent given at {@code givenAt}, which may lie in the past but not ahead of {@code now}. */
  public Consent(
      Contact contact,
      ConsentPurpose purpose,
      ConsentChannel channel,
      LegalBasis legalBasis,
      ConsentSource source,
      Instant givenAt,
      String proof,
      Instant now) {
    if (givenAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw new BusinessException("consent.givenInFuture");
    }
    String cleanProof = Texts.trimToNull(proof);
    if (cleanProof == null) {
      throw new BusinessException("consent.proofRequired");
    }
    this.contact = contact;
    this.purpose = purpose;
    this.channel = channel;
    this.legalBasis = legalBasis;
    this.source = source;
    this.givenAt = givenAt;
    this.proof = cut(cleanProof, MAX_PROOF);
  }

  /** Ends the consent from {@code at} on; a consent can be withdrawn once. */
  public void withdraw(Instant at, String note) {
    if (!isActive()) {
      throw new BusinessException("consent.alreadyWithdrawn");
    }
    this.withdrawnAt = at.isBefore(givenAt) ? givenAt : at;
    String cleanNote = Texts.trimToNull(note);
    this.withdrawalNote = cleanNote == null ? null : cut(cleanNote, MAX_NOTE);
  }

  /** Keeps the consent, restricted, as proof until the day given (Art. 17 Abs. 3 lit. e DSGVO). */
  public void restrictUntil(LocalDate lastDay) {
    this.restrictedUntil = lastDay;
  }

  public LocalDate getRestrictedUntil() {
    return restrictedUntil;
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  /** Whether this consent allows contact for the purpose through the channel at the instant. */
  public boolean permits(ConsentPurpose wanted, ConsentChannel through, Instant at) {
    return purpose == wanted
        && channel == through
        && !givenAt.isAfter(at)
        && (withdrawnAt == null || withdrawnAt.isAfter(at));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  @Override
  public String auditLabel() {
    return purpose + " / " + channel + " – " + contact.auditLabel();
  }

  public Long getId() {
    return id;
  }

  public Contact getContact() {
    return contact;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public ConsentChannel getChannel() {
    return channel;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public ConsentSource getSource() {
    return source;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public String getProof() {
    return proof;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawalNote() {
    return withdrawalNote;
  }
}
