package de.opencrm.domain.quote;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.opportunity.Opportunity;
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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quote (Angebot) sent for an opportunity: one version of it, never changed afterwards. The first
 * version takes a new number; later versions of the opportunity's quote keep the number and count
 * up. The PDF lies in the document store; the totals are kept to list them.
 */
@Entity
@Table(name = "crm_quote")
public class Quote extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(name = "crm_quote_seq", sequenceName = "crm_quote_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_quote_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
  private Opportunity opportunity;

  @Column(name = "quote_number", nullable = false, updatable = false, length = 20)
  private String number;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private LocalDate validUntil;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "net_total", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal netTotal;

  @Column(name = "vat_total", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal vatTotal;

  @Column(name = "gross_total", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal grossTotal;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "storage_key", nullable = false, updatable = false, length = 100)
  private String storageKey;

  protected Quote() {}

  /** A version of a quote: its number and revision, the days and totals it was made with. */
  public Quote(
      Opportunity opportunity, String number, int revision, QuoteTerms terms, QuoteTotals totals) {
    this.opportunity = opportunity;
    this.number = number;
    this.revision = revision;
    this.issuedOn = terms.issuedOn();
    this.validUntil = terms.validUntil();
    this.currency = opportunity.getCurrency();
    this.netTotal = totals.net();
    this.vatTotal = totals.vatTotal();
    this.grossTotal = totals.gross();
  }

  /** The document's file as stored. */
  public void keptAs(String name, DocumentStore.StoredFile file) {
    this.fileName = name;
    this.sizeBytes = file.size();
    this.sha256 = file.sha256();
    this.storageKey = file.key();
  }

  /** The file name: Angebot_AN-2026-00042_V2.pdf. */
  public static String fileName(String number, int revision) {
    return "Angebot_" + number + "_V" + revision + ".pdf";
  }

  /** When the quote was issued and until when it binds; the latter not before the former. */
  public record QuoteTerms(LocalDate issuedOn, LocalDate validUntil) {
    public QuoteTerms {
      if (validUntil == null) {
        throw BusinessException.onField("validUntil", "quote.validUntilRequired");
      }
      if (validUntil.isBefore(issuedOn)) {
        throw BusinessException.onField("validUntil", "quote.validUntilPast");
      }
    }
  }

  @Override
  public String auditLabel() {
    return number + " V" + revision;
  }

  public Long getId() {
    return id;
  }

  public Opportunity getOpportunity() {
    return opportunity;
  }

  public String getNumber() {
    return number;
  }

  public int getRevision() {
    return revision;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getNetTotal() {
    return netTotal;
  }

  public BigDecimal getVatTotal() {
    return vatTotal;
  }

  public BigDecimal getGrossTotal() {
    return grossTotal;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getStorageKey() {
    return storageKey;
  }
}
