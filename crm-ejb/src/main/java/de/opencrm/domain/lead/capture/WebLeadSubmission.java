package de.opencrm.domain.lead.capture;

import de.opencrm.domain.account.PostalCodes;
import de.opencrm.domain.lead.LeadOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A lead as a website's form or another system sends it, read from named fields (camelCase or
 * snake_case, so "first_name" and "firstName" both work; "name" alone is split into first and last
 * name) and checked before anything is stored: a last name, an e-mail address or a phone number to
 * answer on, and every field within the length the CRM keeps. Control characters are removed;
 * markup stays text (pages escape it). The honeypot field ("website"), invisible to people, is
 * filled only by bots.
 */
public record WebLeadSubmission(
    String firstName,
    String lastName,
    String email,
    String phone,
    String company,
    String jobTitle,
    String street,
    String postalCode,
    String city,
    String country,
    String industry,
    String message,
    String language,
    String formId,
    String pageUrl,
    LeadOrigin.Utm utm,
    boolean fromBot) {

  /** The hidden field only bots fill in. */
  public static final String HONEYPOT = "website";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  /** The submission, or what is wrong with it. */
  public record Reading(WebLeadSubmission submission, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Reads the fields through {@code field}, which answers a field's value by name or null. */
  public static Reading read(Function<String, String> field) {
    Fields in = new Fields(field);
    String first = in.text("firstName", "first_name", 100);
    String last = in.text("lastName", "last_name", 100);
    String name = in.text("name", "name", 201);
    if (last == null && name != null) {
      int space = name.lastIndexOf(' ');
      last = space < 0 ? name : name.substring(space + 1);
      first = first != null || space < 0 ? first : name.substring(0, space).strip();
      if (last.length() > 100) {
        in.error("lastName", "tooLong", "at most 100 characters");
      }
    }
    if (last == null) {
      in.error("lastName", "required", "the last name is required");
    }
    String email = in.text("email", "email", 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.error("email", "invalid", "not an e-mail address");
    }
    String phone = in.text("phone", "phone", 40);
    if (email == null && phone == null) {
      in.error("email", "required", "an e-mail address or a phone number is required");
    }
    String country = in.text("country", "country", 2);
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      in.error("country", "invalid", "a two-letter country code such as DE, AT or CH");
    }
    country = country == null ? "DE" : country.toUpperCase(Locale.ROOT);
    String postalCode = in.text("postalCode", "postal_code", 10);
    if (postalCode == null) {
      postalCode = in.text("zip", "plz", 10);
    }
    if (postalCode != null && !PostalCodes.fits(country, postalCode)) {
      in.error("postalCode", "invalid", "not a postal code of " + country);
    }
    String language = in.text("language", "language", 5);
    if (language != null && !language.matches("[A-Za-z]{2}")) {
      in.error("language", "invalid", "a two-letter language code such as de or en");
    }
    WebLeadSubmission submission =
        new WebLeadSubmission(
            first,
            last,
            email,
            phone,
            in.text("company", "company", 200),
            in.text("jobTitle", "job_title", 100),
            in.text("street", "street", 200),
            postalCode,
            in.text("city", "city", 100),
            country,
            in.text("industry", "industry", 100),
            in.text("message", "message", 2000),
            language == null ? null : language.toLowerCase(Locale.ROOT),
            in.text("formId", "form_id", 60),
            in.text("pageUrl", "page_url", 500),
            new LeadOrigin.Utm(
                in.text("utmSource", "utm_source", 100),
                in.text("utmMedium", "utm_medium", 100),
                in.text("utmCampaign", "utm_campaign", 100),
                in.text("utmTerm", "utm_term", 100),
                in.text("utmContent", "utm_content", 100)),
            field.apply(HONEYPOT) != null && !field.apply(HONEYPOT).isBlank());
    return new Reading(submission, List.copyOf(in.errors));
  }

  /** Reads trimmed, cleaned values and collects what is wrong. */
  private static final class Fields {
    private final Function<String, String> source;
    private final List<FieldError> errors = new ArrayList<>();

    Fields(Function<String, String> source) {
      this.source = source;
    }

    String text(String name, String alias, int max) {
      String value = source.apply(name);
      if (value == null) {
        value = source.apply(alias);
      }
      if (value == null) {
        return null;
      }
      String clean = CONTROL.matcher(value).replaceAll("").strip();
      if (clean.isEmpty()) {
        return null;
      }
      if (clean.length() > max) {
        error(name, "tooLong", "at most " + max + " characters");
        return clean.substring(0, max);
      }
      return clean;
    }

    void error(String field, String code, String message) {
      if (errors.stream().noneMatch(e -> e.field().equals(field))) {
        errors.add(new FieldError(field, code, message));
      }
    }
  }
}
