package de.opencrm.application.ticket;

import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A new ticket as an agent enters it (a phone call, a letter). */
public class TicketForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 300)
  private String subject;

  @Size(max = 4000)
  private String description;

  private Long accountId;
  private Long contactId;

  @NotNull private TicketChannel channel = TicketChannel.PHONE;

  @Size(max = 60)
  private String category;

  @Pattern(regexp = "^$|^[a-zA-Z]{2}$")
  private String language = "de";

  @NotNull private TicketPriority priority = TicketPriority.NORMAL;

  @NotNull private CustomerTier tier = CustomerTier.STANDARD;

  @NotNull private Long queueId;

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public void setChannel(TicketChannel channel) {
    this.channel = channel;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public void setPriority(TicketPriority priority) {
    this.priority = priority;
  }

  public CustomerTier getTier() {
    return tier;
  }

  public void setTier(CustomerTier tier) {
    this.tier = tier;
  }

  public Long getQueueId() {
    return queueId;
  }

  public void setQueueId(Long queueId) {
    this.queueId = queueId;
  }
}
