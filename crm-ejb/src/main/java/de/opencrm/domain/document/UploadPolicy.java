package de.opencrm.domain.document;

import de.opencrm.domain.common.BusinessException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What may be filed on a record: the allowed types and the size limit the administrator configured.
 * The name is checked before the upload is stored, the first bytes and the size while it is.
 */
public final class UploadPolicy {

  private final long maxBytes;
  private final Set<DocumentType> allowed;

  public UploadPolicy(long maxBytes, Set<DocumentType> allowed) {
    if (maxBytes <= 0 || allowed.isEmpty()) {
      throw new IllegalArgumentException("an upload policy allows some bytes of some type");
    }
    this.maxBytes = maxBytes;
    this.allowed = EnumSet.copyOf(allowed);
  }

  /** The policy from configuration: a size in megabytes, extensions separated by commas. */
  public static UploadPolicy of(int maxMegabytes, String extensions) {
    Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
    for (String extension : extensions.split(",")) {
      if (!extension.isBlank()) {
        types.add(
            DocumentType.ofExtension(extension)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "crm.documents.allowed-types: unknown type " + extension.trim())));
      }
    }
    return new UploadPolicy(maxMegabytes * 1_000_000L, types);
  }

  /**
   * The sanitized name and type of an upload the policy allows by name and announced size; refused
   * with a message the user can act on otherwise.
   */
  public AcceptedUpload accept(String sentName, long announcedSize) {
    String name = FileNames.sanitize(sentName);
    DocumentType type =
        DocumentType.ofFileName(name)
            .filter(allowed::contains)
            .orElseThrow(
                () -> new BusinessException("document.typeNotAllowed", name, extensions()));
    if (announcedSize == 0) {
      throw new BusinessException("document.empty", name);
    }
    if (announcedSize > maxBytes) {
      throw tooLarge(name);
    }
    return new AcceptedUpload(name, type);
  }

  public BusinessException tooLarge(String name) {
    return new BusinessException("document.tooLarge", name, maxMegabytes());
  }

  public long maxBytes() {
    return maxBytes;
  }

  public long maxMegabytes() {
    return maxBytes / 1_000_000;
  }

  /** The allowed extensions, for the user: "pdf, docx, …". */
  public String extensions() {
    return allowed.stream()
        .flatMap(t -> Set.of(t.extensions()).stream())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public Set<DocumentType> allowed() {
    return EnumSet.copyOf(allowed);
  }

  /** An upload the policy let through by name: the name to keep and the type it claims. */
  public record AcceptedUpload(String fileName, DocumentType type) {}
}
