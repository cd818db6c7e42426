package de.opencrm.domain.opportunity;

import de.opencrm.domain.audit.AuditLabelled;
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

/** A sales process with its own stages, such as new business or renewals. */
@Entity
@Table(name = "crm_pipeline")
public class Pipeline extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_pipeline_seq",
      sequenceName = "crm_pipeline_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_pipeline_seq")
  private Long id;

  @Column(name = "name_de", nullable = false, length = 100)
  private String nameDe;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean active = true;

  protected Pipeline() {}

  public Pipeline(String nameDe, String nameEn, int position) {
    rename(nameDe, nameEn);
    this.position = position;
  }

  /** Names it in German and English (the English one is the German one when left empty). */
  public void rename(String german, String english) {
    String de = Texts.cut(german, 100);
    if (de == null) {
      throw BusinessException.onField("nameDe", "pipeline.nameRequired");
    }
    String en = Texts.cut(english, 100);
    this.nameDe = de;
    this.nameEn = en == null ? de : en;
  }

  /** Whether new opportunities may go to it and the board offers it. */
  public void activate(boolean on) {
    this.active = on;
  }

  /** The name in the user's language (German, or English for everyone else). */
  public String name(Locale locale) {
    return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
  }

  @Override
  public String auditLabel() {
    return nameDe;
  }

  public Long getId() {
    return id;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getPosition() {
    return position;
  }

  public boolean isActive() {
    return active;
  }
}
