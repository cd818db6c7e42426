package de.opencrm.application.lead.conversion;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.activity.ActivityForm;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.application.lead.LeadGuard;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadConversionNote;
import de.opencrm.domain.opportunity.OpportunityRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Converts a qualified lead into a customer: an account (a new one from the lead's company, or an
 * existing match), a contact (new, or an existing match) at that account, and a journal entry on
 * both carrying the lead's origin and message. All of it happens in one transaction or not at all,
 * and only once: the lead's status and version guard against a second conversion, also by someone
 * converting the same lead at the same moment. On request it opens an opportunity on the account
 * too (in the default pipeline's first stage, with the lead's source), owned by whoever converts.
 * Converting makes customers, so it takes the right to create accounts (and to change the lead).
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
@Permission(area = Area.ACCOUNTS, operation = Operation.CREATE)
public class LeadConversionService {

  @Inject LeadGuard guard;
  @Inject DuplicateService duplicates;
  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject JournalService journal;
  @Inject CompanyTime time;
  @Inject OpportunityService opportunityService;
  @Inject OpportunityRepository opportunities;
  @Resource SessionContext context;

  /** The existing accounts and contacts the lead may become, for the user to choose from. */
  public ConversionProposal propose(long leadId) {
    Lead lead = guard.visible(context, leadId);
    AccountForm account = accountFrom(lead);
    return new ConversionProposal(
        lead.getCompany() == null ? List.of() : duplicates.likelyDuplicatesOf(account),
        duplicates.likelyDuplicatesOf(contactFrom(lead, null)),
        lead.getCompany());
  }

  /**
   * Converts the lead: into the existing account and contact given, or new ones made from the lead
   * (null ids). Refused when the lead changed meanwhile or cannot be converted (any more).
   */
  public ConversionResult convert(long leadId, long version, Long accountId, Long contactId) {
    return convert(leadId, version, accountId, contactId, null);
  }

  /**
   * Converts the lead as {@link #convert(long, long, Long, Long)} does and opens the opportunity
   * described (none when null); an opportunity needs an account.
   */
  public ConversionResult convert(
      long leadId,
      long version,
      Long accountId,
      Long contactId,
      @Valid OpportunityStart opportunity) {
    Lead lead = guard.editable(context, leadId, version);
    if (!lead.mayConvert()) {
      throw new BusinessException("lead.notConvertible", "leadStatus." + lead.getStatus());
    }
    Long account = accountId;
    boolean newAccount = false;
    if (account != null) {
      accounts.loadAccount(account);
    } else if (lead.getCompany() != null) {
      account = accounts.createAccount(accountFrom(lead));
      newAccount = true;
    }
    long contact;
    boolean newContact = contactId == null;
    if (newContact) {
      contact = contacts.createContact(contactFrom(lead, account));
    } else {
      contact = contactId;
      ContactForm existing = contacts.loadContact(contact);
      if (account != null && !account.equals(existing.getAccountId())) {
        throw BusinessException.onField(
            "contactChoice", "lead.contactElsewhere", existing.getAccountName());
      }
    }
    String note = LeadConversionNote.of(lead);
    log(RecordRef.contact(contact), lead, note);
    if (account != null) {
      log(RecordRef.account(account), lead, note);
    }
    lead.convert(account, contact, Stamp.of(context).at());
    Long opened = null;
    if (opportunity != null) {
      if (account == null) {
        throw BusinessException.onField("opportunityName", "lead.opportunityNeedsAccount");
      }
      opened = open(opportunity, lead, account, contact);
      lead.convertedWith(opened);
    }
    Stamp stamp = Stamp.of(context);
    lead.recordModification(stamp.user(), stamp.at());
    return new ConversionResult(account, newAccount, contact, newContact, opened);
  }

  private long open(OpportunityStart start, Lead lead, long account, long contact) {
    OpportunityForm form = new OpportunityForm();
    form.setName(start.getName());
    form.setAmount(start.getAmount());
    form.setExpectedClose(start.getExpectedClose());
    form.setAccountId(account);
    form.setContactId(contact);
    long id = opportunityService.saveOpportunity(form);
    opportunities.findById(id).orElseThrow().cameFrom(lead.getId(), lead.getOrigin().getSource());
    return id;
  }

  private void log(RecordRef record, Lead lead, String note) {
    ActivityForm entry = new ActivityForm();
    entry.setRecord(record);
    entry.setType(ActivityType.NOTE);
    entry.setOccurredAt(time.local(lead.getOrigin().getCapturedAt()));
    entry.setSubject(LeadConversionNote.subject(lead));
    entry.setOutcome(note);
    journal.logActivity(entry);
  }

  private static AccountForm accountFrom(Lead lead) {
    AccountForm form = new AccountForm();
    form.setName(lead.getCompany());
    form.setIndustry(lead.getIndustry());
    form.setSize(lead.getCompanySize());
    copyAddress(lead, form);
    return form;
  }

  private static ContactForm contactFrom(Lead lead, Long accountId) {
    ContactForm form = new ContactForm();
    form.setFirstName(lead.getPerson().getFirstName());
    form.setLastName(lead.getPerson().getLastName());
    form.setEmail(lead.getPerson().getEmail());
    form.setPhone(lead.getPerson().getPhone());
    form.setPosition(lead.getPerson().getJobTitle());
    form.setPreferredLanguage(lead.getPerson().getLanguage());
    form.setAccountId(accountId);
    if (accountId == null) {
      copyAddress(lead, form);
    }
    return form;
  }

  private static void copyAddress(Lead lead, de.opencrm.application.common.AddressForm form) {
    form.setStreet(lead.getAddress().getStreet());
    form.setPostalCode(lead.getAddress().getPostalCode());
    form.setCity(lead.getAddress().getCity());
    form.setState(lead.getAddress().getState());
    if (lead.getAddress().getCountry() != null) {
      form.setCountry(lead.getAddress().getCountry());
    }
  }
}
