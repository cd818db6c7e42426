package de.opencrm.application.ticket.admin;

import de.opencrm.application.admin.TeamOption;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.TeamRepository;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.ticket.QueueMember;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.SlaPolicy;
import de.opencrm.domain.ticket.TicketQueue;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;

/**
 * The administrator sets up the service desk: queues with their assignment policy and business
 * hours (working days, federal state, time zone), the agents of each queue with capacity and
 * skills, and the SLA targets by priority and customer tier. Changed targets apply to the deadlines
 * planned from then on.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.READ)
public class ServiceSetupService {

  @Inject ServiceQueueRepository queues;
  @Inject TeamRepository teams;
  @Inject UserRepository users;
  @Resource SessionContext context;

  public List<QueueForm> listQueues() {
    return queues.queues().stream().map(ServiceSetupService::form).toList();
  }

  /** Creates or changes (in the version seen) a queue; returns its id. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public long saveQueue(@NotNull @Valid QueueForm form) {
    Stamp stamp = Stamp.of(context);
    TicketQueue queue;
    if (form.isNew()) {
      queue = new TicketQueue(form.getName());
      queue.recordCreation(stamp.user(), stamp.at());
    } else {
      queue =
          queues.findQueue(form.getId()).orElseThrow(() -> new BusinessException("queue.notFound"));
      queue.requireVersion(form.getVersion());
      queue.recordModification(stamp.user(), stamp.at());
    }
    Team team =
        form.getTeamId() == null
            ? null
            : teams
                .findById(form.getTeamId())
                .orElseThrow(() -> BusinessException.onField("team", "team.notFound"));
    queue.configure(
        form.getName(),
        team,
        form.getPolicy(),
        form.getOpens(),
        form.getCloses(),
        form.getHolidayState(),
        form.getTimeZone());
    if (form.isNew()) {
      queues.addQueue(queue);
    }
    return queue.getId();
  }

  /** The teams a queue may belong to. */
  public List<TeamOption> teamChoices() {
    return teams.listAll().stream()
        .map(t -> new TeamOption(t.getId(), t.getName(), t.getDescription()))
        .toList();
  }

  /** The active users who may become agents. */
  public List<UserOption> agentChoices() {
    return users.activeUsers(1000);
  }

  public List<MemberRow> listMembers(long queueId) {
    return queues.members(queueId).stream()
        .map(
            m ->
                new MemberRow(
                    m.getId(),
                    m.getVersion(),
                    m.getUser().getId(),
                    m.getUser().getDisplayName(),
                    m.getCapacity(),
                    m.getCategories(),
                    m.getLanguages()))
        .toList();
  }

  /** Adds an agent to the queue, last in its order. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void addMember(
      long queueId, long userId, int capacity, String categories, String languages) {
    TicketQueue queue =
        queues.findQueue(queueId).orElseThrow(() -> new BusinessException("queue.notFound"));
    User user =
        users
            .findById(userId)
            .filter(User::isActive)
            .orElseThrow(() -> BusinessException.onField("user", "user.notFound"));
    List<QueueMember> members = queues.members(queueId);
    if (members.stream().anyMatch(m -> m.getUser().getId().equals(userId))) {
      throw BusinessException.onField("user", "queue.memberExists");
    }
    QueueMember member =
        new QueueMember(
            queue,
            user,
            members.stream().mapToInt(QueueMember::getPosition).max().orElse(0) + 1,
            0,
            null,
            null);
    member.adjust(capacity, categories, languages);
    Stamp stamp = Stamp.of(context);
    member.recordCreation(stamp.user(), stamp.at());
    queues.addMember(member);
  }

  /** Changes an agent's capacity and skills, in the version seen. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void saveMember(
      long memberId, long version, int capacity, String categories, String languages) {
    QueueMember member = member(memberId);
    member.requireVersion(version);
    member.adjust(capacity, categories, languages);
    Stamp stamp = Stamp.of(context);
    member.recordModification(stamp.user(), stamp.at());
  }

  /** Takes the agent out of the queue; their tickets stay with them. */
  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void removeMember(long memberId) {
    queues.removeMember(member(memberId));
  }

  public List<SlaPolicyRow> listSlaPolicies() {
    return queues.slaPolicies().stream()
        .sorted(
            Comparator.comparing(SlaPolicy::getTier)
                .thenComparing(SlaPolicy::getPriority, Comparator.reverseOrder()))
        .map(
            p ->
                new SlaPolicyRow(
                    p.getId(),
                    p.getVersion(),
                    p.getPriority(),
                    p.getTier(),
                    p.getFirstResponseMinutes(),
                    p.getResolutionMinutes(),
                    p.getWarnPercent()))
        .toList();
  }

  /** New targets of a policy, in the version seen. */
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void saveSlaPolicy(long id, long version, int firstResponse, int resolution, int warn) {
    SlaPolicy policy =
        queues.findSlaPolicy(id).orElseThrow(() -> new BusinessException("sla.notFound"));
    policy.requireVersion(version);
    policy.target(firstResponse, resolution, warn);
    Stamp stamp = Stamp.of(context);
    policy.recordModification(stamp.user(), stamp.at());
  }

  private QueueMember member(long id) {
    return queues.findMember(id).orElseThrow(() -> new BusinessException("queue.memberNotFound"));
  }

  private static QueueForm form(TicketQueue q) {
    QueueForm form = new QueueForm();
    form.setId(q.getId());
    form.setVersion(q.getVersion());
    form.setName(q.getName());
    form.setTeamId(q.getTeam() == null ? null : q.getTeam().getId());
    form.setPolicy(q.getPolicy());
    form.setOpens(q.opens());
    form.setCloses(q.closes());
    form.setHolidayState(q.getHolidayState());
    form.setTimeZone(q.getTimeZone());
    return form;
  }
}
