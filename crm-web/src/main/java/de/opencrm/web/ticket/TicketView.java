package de.opencrm.web.ticket;

import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.knowledge.KnowledgeService;
import de.opencrm.application.opportunity.ContactChoice;
import de.opencrm.application.ticket.QueueOption;
import de.opencrm.application.ticket.TicketAssignmentService;
import de.opencrm.application.ticket.TicketDetail;
import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.application.ticket.mail.ReplyTemplateOption;
import de.opencrm.application.ticket.mail.TicketReplyService;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.knowledge.ArticleRow;
import de.opencrm.domain.knowledge.ArticleStatus;
import de.opencrm.domain.knowledge.KnowledgeRepository;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.web.account.AccountChoice;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.shell.Permissions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One ticket, or a new one: its facts, SLA badges, status buttons, thread with notes to add, and
 * hand-over to another agent with a reason; who had it when and why.
 *
 * <p>Longer than 300 lines: the ticket page's thread, reply, knowledge suggestions and status
 * actions share one ticket and its version in the view scope.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "ticketForm";

  @Inject TicketService tickets;
  @Inject TicketAssignmentService assignment;
  @Inject FacesErrors errors;
  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject TicketReplyService replies;
  @Inject Permissions permissions;
  @Inject KnowledgeService knowledge;

  private Long id;
  private TicketForm form;
  private TicketDetail detail;
  private List<QueueOption> queues;
  private List<UserOption> agents = List.of();
  private MessageKind noteKind = MessageKind.PHONE_NOTE;
  private String note;
  private Long agentId;
  private String reassignNote;
  private AccountChoice account;
  private List<ContactChoice> people = List.of();
  private List<ReplyTemplateOption> templates = List.of();
  private Long templateId;
  private String reply;
  private boolean waitOnCustomer = true;
  private List<ArticleRow> articles = List.of();
  private String knowledgeQuery;
  private boolean knowledgeSearched;

  public void load() {
    try {
      queues = tickets.queues();
      if (id == null) {
        form = new TicketForm();
        if (!queues.isEmpty()) {
          form.setQueueId(queues.get(0).id());
        }
        detail = null;
      } else {
        detail = tickets.loadTicket(id);
        agents = tickets.agentsFor(id);
        templates = permissions.may("TICKETS", "EDIT") ? replies.templatesFor(id) : List.of();
        if (permissions.may("TICKETS", "EDIT") && !knowledgeSearched) {
          articles = knowledge.suggestionsFor(id);
        }
        form = null;
      }
    } catch (RuntimeException e) {
      detail = null;
      errors.show(e, null);
    }
  }

  public String open() {
    try {
      long opened = tickets.openTicket(form);
      errors.info("ticket.opened");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/tickets/ticket.xhtml?faces-redirect=true&id=" + opened;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
      return null;
    }
  }

  public void changeStatus(TicketStatus status) {
    try {
      tickets.changeStatus(id, detail.version(), status);
      load();
    } catch (RuntimeException e) {
      errors.show(e, null);
      load();
    }
  }

  public void addNote() {
    try {
      tickets.addNote(id, noteKind, note);
      note = null;
      load();
    } catch (RuntimeException e) {
      errors.show(e, "threadForm");
    }
  }

  /** A template was picked: its text, filled in for this ticket, becomes the reply. */
  public void templateChosen() {
    templates.stream()
        .filter(t -> t.id() == (templateId == null ? -1 : templateId))
        .findFirst()
        .ifPresent(t -> reply = t.text());
  }

  /** The agent's own words instead of the suggestions; empty words bring the suggestions back. */
  public void searchKnowledge() {
    try {
      if (knowledgeQuery == null || knowledgeQuery.isBlank()) {
        knowledgeSearched = false;
        articles = knowledge.suggestionsFor(id);
      } else {
        knowledgeSearched = true;
        articles =
            knowledge
                .searchArticles(
                    new PageRequest(0, KnowledgeService.SUGGESTIONS, "title", true, knowledgeQuery)
                        .withCriterion(KnowledgeRepository.STATUS, ArticleStatus.PUBLISHED.name()))
                .rows();
      }
    } catch (RuntimeException e) {
      errors.show(e, "replyForm");
    }
  }

  /** The article's text joins the reply (after what the agent wrote so far). */
  public void insertArticle(long articleId) {
    try {
      String text = knowledge.loadArticle(articleId).body();
      reply = reply == null || reply.isBlank() ? text : reply.stripTrailing() + "\n\n" + text;
    } catch (RuntimeException e) {
      errors.show(e, "replyForm");
    }
  }

  public void sendReply() {
    try {
      replies.reply(id, detail.version(), reply, waitOnCustomer);
      reply = null;
      templateId = null;
      errors.info("ticket.replyQueued");
      load();
    } catch (RuntimeException e) {
      errors.show(e, "replyForm");
    }
  }

  public void sendAgain(long messageId) {
    try {
      replies.sendAgain(messageId);
      load();
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void reassign() {
    try {
      if (agentId == null) {
        throw BusinessException.onField("agent", "ticket.chooseAgent");
      }
      assignment.reassign(id, detail.version(), agentId, reassignNote);
      agentId = null;
      reassignNote = null;
      load();
    } catch (RuntimeException e) {
      errors.show(e, "reassignForm");
    }
  }

  public List<AccountChoice> completeAccounts(String typed) {
    return accounts.listAccounts(new PageRequest(0, 10, "name", true, typed)).rows().stream()
        .map(a -> new AccountChoice(a.id(), a.fullName()))
        .toList();
  }

  /** A company was chosen: its people become the choice of whom the ticket is about. */
  public void accountChosen() {
    form.setAccountId(account == null ? null : account.id());
    form.setContactId(null);
    people =
        account == null
            ? List.of()
            : contacts
                .listContacts(
                    new PageRequest(0, PageRequest.MAX_SIZE, "name", true, null), account.id())
                .rows()
                .stream()
                .map(
                    c ->
                        new ContactChoice(
                            c.id(),
                            c.firstName() == null
                                ? c.lastName()
                                : c.firstName() + " " + c.lastName()))
                .toList();
  }

  public AccountChoice getAccount() {
    return account;
  }

  public void setAccount(AccountChoice account) {
    this.account = account;
  }

  public List<ContactChoice> getPeople() {
    return people;
  }

  public TicketChannel[] getChannels() {
    return TicketChannel.values();
  }

  public TicketPriority[] getPriorities() {
    return TicketPriority.values();
  }

  public CustomerTier[] getTiers() {
    return CustomerTier.values();
  }

  public MessageKind[] getNoteKinds() {
    return new MessageKind[] {MessageKind.PHONE_NOTE, MessageKind.INTERNAL_NOTE};
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TicketForm getForm() {
    return form;
  }

  public TicketDetail getDetail() {
    return detail;
  }

  public List<QueueOption> getQueues() {
    return queues;
  }

  public List<UserOption> getAgents() {
    return agents;
  }

  public MessageKind getNoteKind() {
    return noteKind;
  }

  public void setNoteKind(MessageKind noteKind) {
    this.noteKind = noteKind;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<ArticleRow> getArticles() {
    return articles;
  }

  public String getKnowledgeQuery() {
    return knowledgeQuery;
  }

  public void setKnowledgeQuery(String knowledgeQuery) {
    this.knowledgeQuery = knowledgeQuery;
  }

  public boolean isKnowledgeSearched() {
    return knowledgeSearched;
  }

  public List<ReplyTemplateOption> getTemplates() {
    return templates;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public boolean isWaitOnCustomer() {
    return waitOnCustomer;
  }

  public void setWaitOnCustomer(boolean waitOnCustomer) {
    this.waitOnCustomer = waitOnCustomer;
  }

  public Long getAgentId() {
    return agentId;
  }

  public void setAgentId(Long agentId) {
    this.agentId = agentId;
  }

  public String getReassignNote() {
    return reassignNote;
  }

  public void setReassignNote(String reassignNote) {
    this.reassignNote = reassignNote;
  }
}
