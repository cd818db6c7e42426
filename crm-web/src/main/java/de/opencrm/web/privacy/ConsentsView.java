package de.opencrm.web.privacy;

import de.opencrm.application.privacy.ConsentForm;
import de.opencrm.application.privacy.ConsentService;
import de.opencrm.domain.privacy.ConsentChannel;
import de.opencrm.domain.privacy.ConsentPurpose;
import de.opencrm.domain.privacy.ConsentRow;
import de.opencrm.domain.privacy.ConsentSource;
import de.opencrm.domain.privacy.LegalBasis;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The consents of the person page (and of the data protection page): the list, a dialog to record
 * one and a dialog to withdraw one. The page sets which person through contactId.
 */
@Named
@ViewScoped
public class ConsentsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "consentForm";

  @Inject ConsentService consents;
  @Inject FacesErrors errors;

  private Long contactId;
  private List<ConsentRow> rows;
  private ConsentForm form;
  private ConsentRow withdrawing;
  private String withdrawalNote;
  private Boolean recordable;

  public List<ConsentRow> getRows() {
    if (rows == null && contactId != null) {
      try {
        rows = consents.consentsOf(contactId);
      } catch (RuntimeException e) {
        rows = List.of();
        errors.show(e, null);
      }
    }
    return rows;
  }

  /** Whether the person takes new consents (not merged away, not erased). */
  public boolean isRecordable() {
    if (recordable == null) {
      recordable = contactId != null && consents.acceptsConsents(contactId);
    }
    return recordable;
  }

  public void startNew() {
    try {
      form = consents.newConsent(contactId);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void save() {
    try {
      consents.recordConsent(form);
      errors.info("consent.recorded");
      rows = null;
      PrimeFaces.current().executeScript("PF('consentDialog').hide()");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void startWithdrawal(ConsentRow row) {
    withdrawing = row;
    withdrawalNote = null;
  }

  public void withdraw() {
    try {
      consents.withdrawConsent(withdrawing.id(), withdrawing.version(), withdrawalNote);
      errors.info("consent.withdrawn");
      rows = null;
      PrimeFaces.current().executeScript("PF('withdrawDialog').hide()");
    } catch (RuntimeException e) {
      rows = null;
      errors.show(e, "withdrawForm");
    }
  }

  public ConsentPurpose[] getPurposes() {
    return ConsentPurpose.values();
  }

  public ConsentChannel[] getChannels() {
    return ConsentChannel.values();
  }

  public LegalBasis[] getLegalBases() {
    return LegalBasis.values();
  }

  public ConsentSource[] getSources() {
    return ConsentSource.values();
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public ConsentForm getForm() {
    return form;
  }

  public ConsentRow getWithdrawing() {
    return withdrawing;
  }

  public String getWithdrawalNote() {
    return withdrawalNote;
  }

  public void setWithdrawalNote(String withdrawalNote) {
    this.withdrawalNote = withdrawalNote;
  }
}
