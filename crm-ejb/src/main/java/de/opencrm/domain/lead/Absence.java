package de.opencrm.domain.lead;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days a user is away (holiday, illness, training): lead routing passes them over. */
@Entity
@Table(name = "crm_user_absence")
public class Absence extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_user_absence_seq",
      sequenceName = "crm_user_absence_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_user_absence_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private User user;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(length = 200)
  private String note;

  protected Absence() {}

  public Absence(User user, LocalDate firstDay, LocalDate lastDay, String note) {
    if (lastDay.isBefore(firstDay)) {
      throw BusinessException.onField("lastDay", "absence.lastBeforeFirst");
    }
    this.user = user;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.note = Texts.trimToNull(note);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  @Override
  public String auditLabel() {
    return user.getUsername() + " " + firstDay + "–" + lastDay;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public String getNote() {
    return note;
  }
}
