package de.opencrm.domain.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the CRM files on a record, by extension, with the content type it is served as
 * and, where the format has one, the signature its first bytes must carry, so a program renamed to
 * ".pdf" is not accepted as a PDF.
 */
public enum DocumentType {
  PDF("application/pdf", "%PDF-", "pdf"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      Signatures.ZIP,
      "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signatures.ZIP, "xlsx"),
  PPTX(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      Signatures.ZIP,
      "pptx"),
  DOC("application/msword", Signatures.OLE, "doc"),
  XLS("application/vnd.ms-excel", Signatures.OLE, "xls"),
  PPT("application/vnd.ms-powerpoint", Signatures.OLE, "ppt"),
  MSG("application/vnd.ms-outlook", Signatures.OLE, "msg"),
  ODT("application/vnd.oasis.opendocument.text", Signatures.ZIP, "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", Signatures.ZIP, "ods"),
  ODP("application/vnd.oasis.opendocument.presentation", Signatures.ZIP, "odp"),
  ZIP("application/zip", Signatures.ZIP, "zip"),
  RTF("application/rtf", "{\\rtf", "rtf"),
  TXT("text/plain; charset=UTF-8", null, "txt"),
  CSV("text/csv; charset=UTF-8", null, "csv"),
  EML("message/rfc822", null, "eml"),
  VCF("text/vcard; charset=UTF-8", null, "vcf"),
  PNG("image/png", "\u0089PNG", "png"),
  JPEG("image/jpeg", "\u00ff\u00d8\u00ff", "jpg", "jpeg"),
  GIF("image/gif", "GIF8", "gif"),
  TIFF("image/tiff", null, "tif", "tiff"),
  WEBP("image/webp", "RIFF", "webp");

  private final String contentType;
  private final byte[] signature;
  private final String[] extensions;

  DocumentType(String contentType, String signature, String... extensions) {
    this.contentType = contentType;
    this.signature = signature == null ? null : signature.getBytes(StandardCharsets.ISO_8859_1);
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  public String[] extensions() {
    return extensions.clone();
  }

  /** The type a file name's extension stands for, whatever its case. */
  public static Optional<DocumentType> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return ofExtension(fileName.substring(dot + 1));
  }

  public static Optional<DocumentType> ofExtension(String extension) {
    String wanted = extension.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> Arrays.asList(t.extensions).contains(wanted))
        .findFirst();
  }

  /** Whether a file's first bytes fit this type (always, for formats without a signature). */
  public boolean fits(byte[] head) {
    if (signature == null) {
      return true;
    }
    if (head.length < signature.length) {
      return false;
    }
    return Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }

  /** How many leading bytes {@link #fits} needs at most. */
  public static int signatureLength() {
    return 8;
  }

  private static final class Signatures {
    static final String ZIP = "PK\u0003\u0004";
    static final String OLE = "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1";
  }
}
