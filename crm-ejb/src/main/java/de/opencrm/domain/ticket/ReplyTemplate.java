package de.opencrm.domain.ticket;

import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A reply text agents start from, in one language, with the placeholders {customer}, {ticket},
 * {subject} and {agent} filled in from the ticket when it is picked.
 */
@Entity
@Table(name = "crm_reply_template")
public class ReplyTemplate extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "crm_reply_template_seq",
      sequenceName = "crm_reply_template_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_reply_template_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(nullable = false, length = 4000)
  private String body;

  protected ReplyTemplate() {}

  public ReplyTemplate(String name, String language, String body) {
    word(name, language, body);
  }

  public void word(String newName, String newLanguage, String newBody) {
    String n = Texts.cut(newName, 100);
    String b = Texts.cut(newBody, 4000);
    if (n == null) {
      throw BusinessException.onField("name", "template.nameRequired");
    }
    if (b == null) {
      throw BusinessException.onField("body", "template.bodyRequired");
    }
    String lang = Texts.trimToNull(newLanguage);
    this.name = n;
    this.language = lang == null ? "de" : lang.toLowerCase(Locale.ROOT);
    this.body = b;
  }

  /**
   * The text with the ticket's values in place of the placeholders; an unknown value stays empty.
   */
  public String render(String customer, String ticketNumber, String subject, String agent) {
    return body.replace("{customer}", customer == null ? "" : customer)
        .replace("{ticket}", ticketNumber == null ? "" : ticketNumber)
        .replace("{subject}", subject == null ? "" : subject)
        .replace("{agent}", agent == null ? "" : agent);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getLanguage() {
    return language;
  }

  public String getBody() {
    return body;
  }
}
