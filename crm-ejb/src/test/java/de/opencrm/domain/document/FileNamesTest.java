package de.opencrm.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsAnOrdinaryGermanName() {
    assertEquals("Angebot Müller 2026.pdf", FileNames.sanitize("Angebot Müller 2026.pdf"));
  }

  @Test
  void dropsAnyPathTheBrowserSent() {
    assertEquals("Vertrag.docx", FileNames.sanitize("C:\\Users\\anna\\Desktop\\Vertrag.docx"));
    assertEquals("passwd", FileNames.sanitize("../../etc/passwd"));
  }

  @Test
  void replacesReservedAndControlCharacters() {
    assertEquals("a_b_c_.txt", FileNames.sanitize("a<b>c\u0000.txt"));
    assertEquals("Rechnung_ Mai_.pdf", FileNames.sanitize("Rechnung: Mai?.pdf"));
  }

  @Test
  void removesRightToLeftOverrideThatDisguisesExtensions() {
    assertEquals("Rechnung_fdp.exe", FileNames.sanitize("Rechnung\u202Efdp.exe"));
  }

  @Test
  void composesDecomposedUmlautsAsMacsSendThem() {
    assertEquals("Müller.pdf", FileNames.sanitize("Mu\u0308ller.pdf"));
  }

  @Test
  void namesANamelessFile() {
    assertEquals("Dokument.pdf", FileNames.sanitize(".pdf"));
    assertEquals("Dokument", FileNames.sanitize("  "));
    assertEquals("Dokument", FileNames.sanitize(null));
  }

  @Test
  void guardsWindowsDeviceNames() {
    assertEquals("_CON.txt", FileNames.sanitize("CON.txt"));
  }

  @Test
  void shortensLongNamesButKeepsTheExtension() {
    String name = FileNames.sanitize("x".repeat(500) + ".xlsx");
    assertEquals(FileNames.MAX_LENGTH, name.length());
    assertTrue(name.endsWith(".xlsx"));
  }
}
