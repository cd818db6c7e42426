package de.opencrm.web.ticket;

import de.opencrm.application.admin.TeamOption;
import de.opencrm.application.ticket.admin.MemberRow;
import de.opencrm.application.ticket.admin.QueueForm;
import de.opencrm.application.ticket.admin.ServiceSetupService;
import de.opencrm.application.ticket.admin.SlaPolicyRow;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.ticket.assignment.AssignmentPolicy;
import de.opencrm.domain.ticket.sla.GermanHolidays;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's service setup: queues (policy, business hours, federal state), the agents of
 * the chosen queue with capacity and skills, and the SLA targets by priority and customer tier.
 */
@Named
@ViewScoped
public class ServiceSetupView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ServiceSetupService setup;
  @Inject FacesErrors errors;

  private List<QueueForm> queues;
  private QueueForm queue;
  private List<MemberLine> members = List.of();
  private List<PolicyLine> policies;
  private List<TeamOption> teams;
  private List<UserOption> agents;
  private Long newAgentId;
  private int newCapacity = 25;
  private String newCategories;
  private String newLanguages = "de";

  @PostConstruct
  void init() {
    teams = setup.teamChoices();
    agents = setup.agentChoices();
    reload(null);
  }

  private void reload(Long selected) {
    queues = setup.listQueues();
    queue =
        queues.stream()
            .filter(q -> selected == null || q.getId().equals(selected))
            .findFirst()
            .orElse(queues.isEmpty() ? new QueueForm() : queues.get(0));
    members =
        queue.isNew()
            ? List.of()
            : setup.listMembers(queue.getId()).stream().map(MemberLine::new).toList();
    policies = setup.listSlaPolicies().stream().map(PolicyLine::new).toList();
  }

  public void edit(long queueId) {
    reload(queueId);
  }

  public void newQueue() {
    queue = new QueueForm();
    members = List.of();
  }

  public void saveQueue() {
    try {
      long id = setup.saveQueue(queue);
      errors.info("setup.queueSaved");
      reload(id);
    } catch (RuntimeException e) {
      errors.show(e, "queueForm");
    }
  }

  public void addMember() {
    try {
      if (newAgentId == null) {
        throw BusinessException.onField("newAgent", "ticket.chooseAgent");
      }
      setup.addMember(queue.getId(), newAgentId, newCapacity, newCategories, newLanguages);
      newAgentId = null;
      newCategories = null;
      reload(queue.getId());
    } catch (RuntimeException e) {
      errors.show(e, "membersForm");
    }
  }

  public void saveMember(MemberLine line) {
    try {
      setup.saveMember(line.id, line.version, line.capacity, line.categories, line.languages);
      errors.info("setup.memberSaved");
      reload(queue.getId());
    } catch (RuntimeException e) {
      errors.show(e, "membersForm");
    }
  }

  public void removeMember(MemberLine line) {
    try {
      setup.removeMember(line.id);
      reload(queue.getId());
    } catch (RuntimeException e) {
      errors.show(e, "membersForm");
    }
  }

  public void savePolicy(PolicyLine line) {
    try {
      setup.saveSlaPolicy(
          line.row.id(), line.row.version(), line.firstResponse, line.resolution, line.warn);
      errors.info("setup.policySaved");
      reload(queue.isNew() ? null : queue.getId());
    } catch (RuntimeException e) {
      errors.show(e, "policiesForm");
    }
  }

  /** An agent's line, editable in place. */
  public static class MemberLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final long version;
    private final String name;
    private int capacity;
    private String categories;
    private String languages;

    MemberLine(MemberRow row) {
      this.id = row.id();
      this.version = row.version();
      this.name = row.displayName();
      this.capacity = row.capacity();
      this.categories = row.categories();
      this.languages = row.languages();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public int getCapacity() {
      return capacity;
    }

    public void setCapacity(int capacity) {
      this.capacity = capacity;
    }

    public String getCategories() {
      return categories;
    }

    public void setCategories(String categories) {
      this.categories = categories;
    }

    public String getLanguages() {
      return languages;
    }

    public void setLanguages(String languages) {
      this.languages = languages;
    }
  }

  /** An SLA policy's line, editable in place. */
  public static class PolicyLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SlaPolicyRow row;
    private int firstResponse;
    private int resolution;
    private int warn;

    PolicyLine(SlaPolicyRow row) {
      this.row = row;
      this.firstResponse = row.firstResponseMinutes();
      this.resolution = row.resolutionMinutes();
      this.warn = row.warnPercent();
    }

    public SlaPolicyRow getRow() {
      return row;
    }

    public int getFirstResponse() {
      return firstResponse;
    }

    public void setFirstResponse(int firstResponse) {
      this.firstResponse = firstResponse;
    }

    public int getResolution() {
      return resolution;
    }

    public void setResolution(int resolution) {
      this.resolution = resolution;
    }

    public int getWarn() {
      return warn;
    }

    public void setWarn(int warn) {
      this.warn = warn;
    }
  }

  public List<String> getStates() {
    return GermanHolidays.STATES.stream()
        .map(s -> s.toUpperCase(java.util.Locale.ROOT))
        .sorted()
        .toList();
  }

  public AssignmentPolicy[] getPolicyChoices() {
    return AssignmentPolicy.values();
  }

  public List<QueueForm> getQueues() {
    return queues;
  }

  public QueueForm getQueue() {
    return queue;
  }

  public List<MemberLine> getMembers() {
    return members;
  }

  public List<PolicyLine> getPolicies() {
    return policies;
  }

  public List<TeamOption> getTeams() {
    return teams;
  }

  public List<UserOption> getAgents() {
    return agents;
  }

  public Long getNewAgentId() {
    return newAgentId;
  }

  public void setNewAgentId(Long newAgentId) {
    this.newAgentId = newAgentId;
  }

  public int getNewCapacity() {
    return newCapacity;
  }

  public void setNewCapacity(int newCapacity) {
    this.newCapacity = newCapacity;
  }

  public String getNewCategories() {
    return newCategories;
  }

  public void setNewCategories(String newCategories) {
    this.newCategories = newCategories;
  }

  public String getNewLanguages() {
    return newLanguages;
  }

  public void setNewLanguages(String newLanguages) {
    this.newLanguages = newLanguages;
  }
}
