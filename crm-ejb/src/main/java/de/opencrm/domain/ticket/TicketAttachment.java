package de.opencrm.domain.ticket;

import de.opencrm.domain.common.Texts;
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

/** A file that came with a mail; its bytes live in the document store under its key. */
@Entity
@Table(name = "crm_ticket_attachment")
public class TicketAttachment {

  @Id
  @SequenceGenerator(
      name = "crm_ticket_attachment_seq",
      sequenceName = "crm_ticket_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_ticket_attachment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "message_id", nullable = false, updatable = false)
  private TicketMessage message;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "storage_key", nullable = false, length = 100, updatable = false)
  private String storageKey;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  protected TicketAttachment() {}

  public TicketAttachment(
      TicketMessage message,
      String fileName,
      String contentType,
      long size,
      String storageKey,
      String sha256) {
    this.message = message;
    this.fileName = Texts.cut(fileName == null ? "anhang" : fileName, 255);
    this.contentType =
        Texts.cut(contentType == null ? "application/octet-stream" : contentType, 100);
    this.size = size;
    this.storageKey = storageKey;
    this.sha256 = sha256;
  }

  public Long getId() {
    return id;
  }

  public TicketMessage getMessage() {
    return message;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getSha256() {
    return sha256;
  }
}
