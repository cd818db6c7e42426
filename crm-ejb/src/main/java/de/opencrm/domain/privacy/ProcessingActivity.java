package de.opencrm.domain.privacy;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.document.Document;
import de.opencrm.domain.lead.Absence;
import de.opencrm.domain.lead.Lead;
import java.util.List;

/**
 * The CRM's processing activities for the register of Art. 30 DSGVO: which records each uses, whose
 * data they hold, on which legal bases and how long they are kept. The register adds what the data
 * model and the permission matrix say (the fields, who may read them), so it follows the code.
 */
public enum ProcessingActivity {
  CUSTOMER_MASTER_DATA(
      Area.CONTACTS,
      List.of(Account.class, Contact.class),
      List.of(DataSubjects.CUSTOMER_CONTACTS, DataSubjects.PRIVATE_CUSTOMERS),
      List.of(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST),
      Keeping.WHILE_NEEDED,
      null),
  LEAD_MANAGEMENT(
      Area.LEADS,
      List.of(Lead.class),
      List.of(DataSubjects.PROSPECTS),
      List.of(LegalBasis.CONSENT, LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST),
      Keeping.WHILE_NEEDED,
      null),
  CUSTOMER_COMMUNICATION(
      Area.ACTIVITIES,
      List.of(Activity.class, Task.class),
      List.of(DataSubjects.CUSTOMER_CONTACTS, DataSubjects.PRIVATE_CUSTOMERS),
      List.of(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST, LegalBasis.LEGAL_OBLIGATION),
      Keeping.STATUTORY,
      RetentionDuty.COMMERCIAL_LETTER),
  CUSTOMER_DOCUMENTS(
      Area.DOCUMENTS,
      List.of(Document.class),
      List.of(DataSubjects.CUSTOMER_CONTACTS, DataSubjects.PRIVATE_CUSTOMERS),
      List.of(LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION),
      Keeping.STATUTORY,
      RetentionDuty.ACCOUNTING_VOUCHER),
  CONSENT_MANAGEMENT(
      Area.CONSENTS,
      List.of(Consent.class),
      List.of(DataSubjects.CUSTOMER_CONTACTS, DataSubjects.PRIVATE_CUSTOMERS),
      List.of(LegalBasis.CONSENT, LegalBasis.LEGAL_OBLIGATION),
      Keeping.STATUTORY,
      RetentionDuty.LEGAL_CLAIMS),
  USER_ACCOUNTS(
      Area.ADMIN,
      List.of(User.class, Team.class, Absence.class),
      List.of(DataSubjects.EMPLOYEES),
      List.of(LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION),
      Keeping.WHILE_EMPLOYED,
      null),
  AUDIT_JOURNAL(
      Area.AUDIT,
      List.of(AuditEntry.class),
      List.of(DataSubjects.EMPLOYEES, DataSubjects.CUSTOMER_CONTACTS),
      List.of(LegalBasis.LEGAL_OBLIGATION, LegalBasis.LEGITIMATE_INTEREST),
      Keeping.APPEND_ONLY,
      null);

  /** Whose data an activity holds. */
  public enum DataSubjects {
    CUSTOMER_CONTACTS,
    PRIVATE_CUSTOMERS,
    /** People who asked about the company's offer (leads) and are not customers yet. */
    PROSPECTS,
    EMPLOYEES
  }

  private final Area area;
  private final List<Class<?>> records;
  private final List<DataSubjects> subjects;
  private final List<LegalBasis> legalBases;
  private final Keeping keeping;
  private final RetentionDuty retention;

  /** How long an activity's records are kept. */
  public enum Keeping {
    /** Until no longer needed for the relationship; erased on request (Art. 17). */
    WHILE_NEEDED,
    /** As long as the law requires, then deleted; restricted after an erasure request. */
    STATUTORY,
    /** While the employee works with the CRM; a leaver's account is deactivated, not deleted. */
    WHILE_EMPLOYED,
    /** Append-only and hash-chained: entries are never changed or deleted one by one. */
    APPEND_ONLY
  }

  ProcessingActivity(
      Area area,
      List<Class<?>> records,
      List<DataSubjects> subjects,
      List<LegalBasis> legalBases,
      Keeping keeping,
      RetentionDuty retention) {
    this.area = area;
    this.records = records;
    this.subjects = subjects;
    this.legalBases = legalBases;
    this.keeping = keeping;
    this.retention = retention;
  }

  public Keeping keeping() {
    return keeping;
  }

  /** The area of the permission matrix whose readers are the activity's recipients. */
  public Area area() {
    return area;
  }

  public List<Class<?>> records() {
    return records;
  }

  public List<DataSubjects> subjects() {
    return subjects;
  }

  public List<LegalBasis> legalBases() {
    return legalBases;
  }

  /** The statutory retention of its records, or null when they go once no longer needed. */
  public RetentionDuty retention() {
    return retention;
  }
}
