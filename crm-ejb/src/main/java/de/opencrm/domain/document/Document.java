package de.opencrm.domain.document;

import de.opencrm.domain.activity.AttachedToRecord;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.admin.User;
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

/**
 * A file filed on a company or person: its safe name, type, size and checksum, and the key of its
 * bytes in the {@link DocumentStore}. Filed on a person, it shows on the person's company too.
 */
@Entity
@Table(name = "crm_document")
public class Document extends AttachedToRecord {

  @Id
  @SequenceGenerator(
      name = "crm_document_seq",
      sequenceName = "crm_document_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_document_seq")
  private Long id;

  @Column(name = "file_name", nullable = false, length = FileNames.MAX_LENGTH)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "storage_key", nullable = false, length = 100, updatable = false)
  private String storageKey;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "uploader_id", nullable = false)
  private User uploader;

  protected Document() {}

  public Document(
      JournalTarget target,
      UploadPolicy.AcceptedUpload upload,
      DocumentStore.StoredFile stored,
      User uploader) {
    super(target);
    this.fileName = upload.fileName();
    this.contentType = upload.type().contentType();
    this.sizeBytes = stored.size();
    this.sha256 = stored.sha256();
    this.storageKey = stored.key();
    this.uploader = uploader;
  }

  public boolean uploadedBy(User user) {
    return uploader.getId().equals(user.getId());
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
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

  public User getUploader() {
    return uploader;
  }
}
