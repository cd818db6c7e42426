package de.opencrm.application.customfield;

import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.customfield.CustomFieldType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** What an administrator enters for a custom field; choices one per line. */
public class CustomFieldForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotNull private RecordRef.Kind recordKind = RecordRef.Kind.ACCOUNT;

  /** Empty for a new field: made from the German label. */
  @Size(max = 40)
  private String fieldKey;

  @NotBlank
  @Size(max = 60)
  private String labelDe;

  @NotBlank
  @Size(max = 60)
  private String labelEn;

  @NotNull private CustomFieldType type = CustomFieldType.TEXT;

  private boolean required;
  private boolean listed;
  private boolean active = true;

  @Min(0)
  @Max(9999)
  private int position;

  private Integer maxLength;
  private BigDecimal minValue;
  private BigDecimal maxValue;

  @Size(max = 5200)
  private String choices;

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public RecordRef.Kind getRecordKind() {
    return recordKind;
  }

  public void setRecordKind(RecordRef.Kind recordKind) {
    this.recordKind = recordKind;
  }

  public String getFieldKey() {
    return fieldKey;
  }

  public void setFieldKey(String fieldKey) {
    this.fieldKey = fieldKey;
  }

  public String getLabelDe() {
    return labelDe;
  }

  public void setLabelDe(String labelDe) {
    this.labelDe = labelDe;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public CustomFieldType getType() {
    return type;
  }

  public void setType(CustomFieldType type) {
    this.type = type;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isListed() {
    return listed;
  }

  public void setListed(boolean listed) {
    this.listed = listed;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public Integer getMaxLength() {
    return maxLength;
  }

  public void setMaxLength(Integer maxLength) {
    this.maxLength = maxLength;
  }

  public BigDecimal getMinValue() {
    return minValue;
  }

  public void setMinValue(BigDecimal minValue) {
    this.minValue = minValue;
  }

  public BigDecimal getMaxValue() {
    return maxValue;
  }

  public void setMaxValue(BigDecimal maxValue) {
    this.maxValue = maxValue;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }
}
