package de.opencrm.web.survey;

import de.opencrm.application.ticket.SurveyQuestion;
import de.opencrm.application.ticket.TicketSurveyService;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The satisfaction survey a customer opens from the mail about their solved ticket, without a
 * login: how satisfied (1–5) and why, and how likely they recommend the company (0–10).
 */
@Named
@ViewScoped
public class SurveyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketSurveyService surveys;
  @Inject FacesErrors errors;

  private String token;
  private SurveyQuestion question;
  private Integer csat;
  private Integer nps;
  private String comment;
  private boolean thanked;

  public void load() {
    question = surveys.openSurvey(token).orElse(null);
  }

  public void answer() {
    try {
      surveys.answerSurvey(token, csat, nps, comment);
      thanked = true;
    } catch (RuntimeException e) {
      errors.show(e, "surveyForm");
    }
  }

  public int[] getCsatScale() {
    return new int[] {1, 2, 3, 4, 5};
  }

  public int[] getNpsScale() {
    return new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public SurveyQuestion getQuestion() {
    return question;
  }

  public Integer getCsat() {
    return csat;
  }

  public void setCsat(Integer csat) {
    this.csat = csat;
  }

  public Integer getNps() {
    return nps;
  }

  public void setNps(Integer nps) {
    this.nps = nps;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isThanked() {
    return thanked;
  }
}
