package de.opencrm.integration.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the CRM's PDFs: Liberation Sans embedded as Unicode, so names such as "Łukasz
 * Wróbel" or "Dvořák" and signs such as "→" print, which the PDF standard fonts (Latin-1) drop.
 */
public final class PdfFonts {

  private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
  private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

  private PdfFonts() {}

  public static Font regular(float size) {
    return new Font(REGULAR, size);
  }

  public static Font regular(float size, Color color) {
    return new Font(REGULAR, size, Font.NORMAL, color);
  }

  public static Font bold(float size) {
    return new Font(BOLD, size);
  }

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing: openpdf-fonts-extra belongs on the classpath");
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
