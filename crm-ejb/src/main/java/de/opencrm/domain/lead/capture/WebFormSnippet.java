package de.opencrm.domain.lead.capture;

import java.util.List;
import java.util.Map;

/**
 * The HTML a web designer pastes into the company's website for one form: the fields the endpoint
 * reads, labelled in the form's language and marked up accessibly, the hidden form key, the
 * honeypot hidden from people (and from screen readers), and a few lines of script that pass the
 * page address and the campaign (UTM) parameters of the visit along.
 */
public final class WebFormSnippet {

  private record Field(String name, String type, boolean required, String autocomplete) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("first_name", "text", false, "given-name"),
          new Field("last_name", "text", true, "family-name"),
          new Field("email", "email", true, "email"),
          new Field("phone", "tel", false, "tel"),
          new Field("company", "text", false, "organization"),
          new Field("job_title", "text", false, "organization-title"),
          new Field("postal_code", "text", false, "postal-code"),
          new Field("message", "textarea", false, "off"));

  private static final Map<String, Map<String, String>> LABELS =
      Map.of(
          "de",
          Map.of(
              "first_name", "Vorname",
              "last_name", "Nachname",
              "email", "E-Mail",
              "phone", "Telefon",
              "company", "Firma",
              "job_title", "Position",
              "postal_code", "PLZ",
              "message", "Ihre Nachricht",
              "submit", "Absenden"),
          "en",
          Map.of(
              "first_name", "First name",
              "last_name", "Last name",
              "email", "E-mail",
              "phone", "Phone",
              "company", "Company",
              "job_title", "Job title",
              "postal_code", "Postal code",
              "message", "Your message",
              "submit", "Send"));

  private WebFormSnippet() {}

  /** The snippet for the form with this key, posting to the CRM's endpoint address. */
  public static String html(String formKey, String language, String endpoint) {
    Map<String, String> label = LABELS.getOrDefault(language, LABELS.get("de"));
    String id = "crm-" + formKey;
    StringBuilder html = new StringBuilder();
    html.append("<form id=\"")
        .append(escape(id))
        .append("\" action=\"")
        .append(escape(endpoint))
        .append("\" method=\"post\" accept-charset=\"UTF-8\">\n");
    html.append("  <input type=\"hidden\" name=\"form_id\" value=\"")
        .append(escape(formKey))
        .append("\">\n");
    html.append("  <input type=\"hidden\" name=\"language\" value=\"")
        .append(escape(language))
        .append("\">\n");
    for (String hidden :
        List.of(
            "page_url", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")) {
      html.append("  <input type=\"hidden\" name=\"").append(hidden).append("\">\n");
    }
    for (Field field : FIELDS) {
      String fieldId = id + "-" + field.name();
      html.append("  <p>\n    <label for=\"")
          .append(fieldId)
          .append("\">")
          .append(escape(label.get(field.name())))
          .append(field.required() ? " *" : "")
          .append("</label><br>\n    ");
      if ("textarea".equals(field.type())) {
        html.append("<textarea id=\"")
            .append(fieldId)
            .append("\" name=\"")
            .append(field.name())
            .append("\" rows=\"4\" maxlength=\"2000\"></textarea>\n");
      } else {
        html.append("<input id=\"")
            .append(fieldId)
            .append("\" name=\"")
            .append(field.name())
            .append("\" type=\"")
            .append(field.type())
            .append("\" autocomplete=\"")
            .append(field.autocomplete())
            .append("\"")
            .append(field.required() ? " required" : "")
            .append(">\n");
      }
      html.append("  </p>\n");
    }
    // people never see or reach the honeypot; bots fill it in
    html.append("  <div aria-hidden=\"true\" style=\"position:absolute;left:-10000px\">\n")
        .append("    <input name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\">\n")
        .append("  </div>\n");
    html.append("  <button type=\"submit\">")
        .append(escape(label.get("submit")))
        .append("</button>\n</form>\n");
    html.append("<script>\n(function (form) {\n")
        .append("  var query = new URLSearchParams(window.location.search);\n")
        .append("  form.elements.page_url.value = window.location.href.split('?')[0];\n")
        .append("  ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']")
        .append(".forEach(function (name) {\n")
        .append("    form.elements[name].value = query.get(name) || '';\n  });\n")
        .append("})(document.getElementById('")
        .append(escape(id))
        .append("'));\n</script>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
