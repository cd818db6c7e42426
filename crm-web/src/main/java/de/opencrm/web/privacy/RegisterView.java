package de.opencrm.web.privacy;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.privacy.ProcessingRegisterService;
import de.opencrm.integration.disclosure.Disclosure;
import de.opencrm.integration.disclosure.DisclosurePdf;
import de.opencrm.integration.disclosure.DisclosureText;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The register of processing activities (Art. 30 DSGVO) on screen and as a PDF to print. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProcessingRegisterService register;
  @Inject FacesErrors texts;
  @Inject Downloads downloads;
  @Inject CompanyTime time;

  /** One line of an activity: its label and its value as text. */
  public record Line(String label, String value) implements Serializable {}

  /** One processing activity: its name and lines. */
  public record Activity(String key, String name, List<Line> lines) implements Serializable {}

  private List<Activity> activities;

  public List<Activity> getActivities() {
    if (activities == null) {
      DisclosureText text = text();
      activities =
          register.register().sections().stream()
              .map(
                  section ->
                      new Activity(
                          section.key(),
                          text.section(section.key()),
                          lines(text, section.records().get(0))))
              .toList();
    }
    return activities;
  }

  private static List<Line> lines(DisclosureText text, Map<String, Object> record) {
    return record.entrySet().stream()
        .map(e -> new Line(text.field(e.getKey()), text.value(e.getValue())))
        .toList();
  }

  public void downloadPdf() throws IOException {
    Disclosure disclosure = register.register();
    DisclosurePdf pdf = new DisclosurePdf(text());
    downloads.send("register.file", "pdf", "application/pdf", out -> pdf.write(disclosure, out));
  }

  private DisclosureText text() {
    return new DisclosureText(
        texts::text,
        "register",
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        time.zone());
  }
}
