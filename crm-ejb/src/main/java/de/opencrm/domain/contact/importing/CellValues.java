package de.opencrm.domain.contact.importing;

import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.SearchText;
import de.opencrm.domain.contact.Salutation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How a spreadsheet cell's text becomes a value: salutations, legal forms, dates, tag lists. */
public final class CellValues {

  private static final Map<String, Salutation> SALUTATIONS =
      Map.of(
          "herr", Salutation.MR,
          "mr", Salutation.MR,
          "mr.", Salutation.MR,
          "frau", Salutation.MS,
          "ms", Salutation.MS,
          "ms.", Salutation.MS,
          "mrs", Salutation.MS,
          "mrs.", Salutation.MS,
          "divers", Salutation.DIVERSE);

  private static final List<DateTimeFormatter> DATES =
      List.of(
              DateTimeFormatter.ofPattern("d.M.uuuu"),
              DateTimeFormatter.ofPattern("uuuu-MM-dd"),
              DateTimeFormatter.ofPattern("d.M.uu"),
              DateTimeFormatter.ofPattern("M/d/uuuu"))
          .stream()
          // 31.02. is a typing error, not the 29th
          .map(f -> f.withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private CellValues() {}

  public static Salutation salutation(String cell) {
    if (cell == null) {
      return null;
    }
    Salutation salutation = SALUTATIONS.get(SearchText.fold(cell));
    if (salutation == null) {
      throw new BusinessException("import.badSalutation", cell);
    }
    return salutation;
  }

  /** 17.05.1980, 1980-05-17, 17.5.80 or 5/17/1980 (Outlook's English export). */
  public static LocalDate date(String cell) {
    if (cell == null) {
      return null;
    }
    for (DateTimeFormatter format : DATES) {
      try {
        LocalDate date = LocalDate.parse(cell.strip(), format);
        return date.getYear() > LocalDate.now().getYear() ? date.minusYears(100) : date;
      } catch (DateTimeParseException e) {
        // the next pattern may fit
      }
    }
    throw new BusinessException("import.badDate", cell);
  }

  /**
   * "GmbH", "gmbh & co. kg", "e.K." or "UG (haftungsbeschränkt)": the legal form as written after a
   * company name, whatever its case, spaces and dots.
   */
  public static LegalForm legalForm(String cell) {
    if (cell == null) {
      return null;
    }
    String key = bare(cell);
    return Arrays.stream(LegalForm.values())
        .filter(f -> bare(f.written()).equals(key) || bare(f.name()).equals(key))
        .findFirst()
        .orElseThrow(() -> new BusinessException("import.badLegalForm", cell));
  }

  private static String bare(String text) {
    return SearchText.fold(text).replaceAll("[^a-z0-9]", "");
  }

  /** "Messe 2026, VIP" or "Messe 2026; VIP": the tags of one cell. */
  public static List<String> tags(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
