package de.opencrm.domain.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.opencrm.domain.common.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

  private final UploadPolicy policy = UploadPolicy.of(1, "pdf, docx, txt, JPG");

  @Test
  void acceptsAnAllowedTypeWhateverTheCase() {
    UploadPolicy.AcceptedUpload upload = policy.accept("Scan.JPG", 500);
    assertEquals(DocumentType.JPEG, upload.type());
    assertEquals("Scan.JPG", upload.fileName());
    assertEquals("image/jpeg", upload.type().contentType());
  }

  @Test
  void refusesOtherTypesNamingTheAllowedOnes() {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> policy.accept("setup.exe", 10));
    assertEquals("document.typeNotAllowed", refused.getMessageKey());
    assertEquals("docx, jpeg, jpg, pdf, txt", refused.getArguments()[1]);
    assertThrows(BusinessException.class, () -> policy.accept("Bild.png", 10));
    assertThrows(BusinessException.class, () -> policy.accept("README", 10));
  }

  @Test
  void refusesWhatIsAnnouncedTooLargeOrEmpty() {
    assertEquals(
        "document.tooLarge",
        assertThrows(BusinessException.class, () -> policy.accept("a.pdf", 1_000_001))
            .getMessageKey());
    assertEquals(
        "document.empty",
        assertThrows(BusinessException.class, () -> policy.accept("a.pdf", 0)).getMessageKey());
  }

  @Test
  void refusesAnUnknownTypeInTheConfiguration() {
    assertThrows(IllegalArgumentException.class, () -> UploadPolicy.of(5, "pdf,exe"));
  }

  @Test
  void passesTheContentOfAFileThatIsWhatItsNameSays() throws IOException {
    byte[] pdf = "%PDF-1.7 ein Angebot".getBytes(StandardCharsets.ISO_8859_1);
    try (InputStream in = limited("Angebot.pdf", pdf)) {
      assertArrayEquals(pdf, in.readAllBytes());
    }
  }

  @Test
  void refusesAProgramRenamedToPdf() {
    byte[] exe = "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1);
    BusinessException refused =
        assertThrows(BusinessException.class, () -> limited("Angebot.pdf", exe));
    assertEquals("document.notOfType", refused.getMessageKey());
  }

  @Test
  void refusesAFileThatGrowsPastTheLimitWhateverWasAnnounced() throws IOException {
    byte[] big = new byte[1_000_001];
    try (InputStream in = limited("gross.txt", big)) {
      BusinessException refused = assertThrows(BusinessException.class, in::readAllBytes);
      assertEquals("document.tooLarge", refused.getMessageKey());
    }
  }

  @Test
  void acceptsOfficeFilesByTheirZipSignature() throws IOException {
    byte[] docx = "PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1);
    try (InputStream in = limited("Brief.docx", docx)) {
      assertEquals(docx.length, in.readAllBytes().length);
    }
  }

  private InputStream limited(String name, byte[] content) throws IOException {
    return LimitedUpload.of(new ByteArrayInputStream(content), policy.accept(name, 10), policy);
  }
}
