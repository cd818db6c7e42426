package de.opencrm.application.lead.routing;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.CompanySize;
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
import de.opencrm.domain.lead.Absence;
import de.opencrm.domain.lead.AbsenceRepository;
import de.opencrm.domain.lead.LeadSettings;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.routing.PostalRange;
import de.opencrm.domain.lead.routing.RoutingConditions;
import de.opencrm.domain.lead.routing.RoutingRule;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How leads are routed, as the administrator configures it: the rules in their order (edited,
 * reordered, switched off), the default owner, the absence calendar, and how many open leads each
 * person takes and with which weight.
 *
 * <p>Longer than 300 lines: rules, their order and the agents' absences are edited together, since
 * a rule's agent and an absence decide routing only together.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.EDIT)
public class RoutingRulesService {

  static final int MAX_LISTED = 500;

  @Inject RoutingRuleRepository rules;
  @Inject AbsenceRepository absences;
  @Inject UserRepository users;
  @Inject TeamRepository teams;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<RuleRow> listRules() {
    List<RuleRow> rows = new ArrayList<>();
    int position = 1;
    for (RoutingRule rule : rules.allInOrder()) {
      boolean toTeam = rule.getTargetTeam() != null;
      rows.add(
          new RuleRow(
              rule.getId(),
              rule.getVersion(),
              position++,
              rule.getName(),
              rule.isActive(),
              rule.conditions(),
              toTeam ? rule.getTargetTeam().getName() : rule.getTargetUser().getDisplayName(),
              toTeam,
              rule.getDistribution()));
    }
    return rows;
  }

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public RuleForm loadRule(long id) {
    RoutingRule rule = find(id);
    RoutingConditions conditions = rule.conditions();
    RuleForm form = new RuleForm();
    form.setId(rule.getId());
    form.setVersion(rule.getVersion());
    form.setName(rule.getName());
    form.setActive(rule.isActive());
    form.setCountries(String.join(", ", conditions.countries()));
    form.setPostalRanges(
        String.join(", ", conditions.postalRanges().stream().map(PostalRange::toString).toList()));
    form.setIndustries(String.join(", ", conditions.industries()));
    form.setCompanySizes(conditions.companySizes().toArray(new CompanySize[0]));
    form.setSources(conditions.sources().toArray(new LeadSource[0]));
    form.setLanguages(String.join(", ", conditions.languages()));
    form.setMinScore(conditions.minScore());
    form.setMaxScore(conditions.maxScore());
    if (rule.getTargetTeam() != null) {
      form.setTarget(RuleForm.Target.TEAM);
      form.setTeamId(rule.getTargetTeam().getId());
    } else {
      form.setTarget(RuleForm.Target.USER);
      form.setUserId(rule.getTargetUser().getId());
    }
    form.setDistribution(rule.getDistribution());
    return form;
  }

  /** Saves a rule; a new one goes last. Returns its id. */
  public long saveRule(@NotNull @Valid RuleForm form) {
    RoutingConditions conditions = RuleConditions.of(form);
    Stamp stamp = Stamp.of(context);
    RoutingRule rule;
    if (form.isNew()) {
      int last = rules.allInOrder().stream().mapToInt(RoutingRule::getSortOrder).max().orElse(0);
      rule = new RoutingRule(form.getName(), last + 10);
    } else {
      rule = find(form.getId());
      rule.requireVersion(form.getVersion());
      rule.rename(form.getName());
    }
    rule.restrictTo(conditions);
    rule.activate(form.isActive());
    if (form.getTarget() == RuleForm.Target.USER) {
      rule.giveTo(activeUser(form.getUserId(), "userId"));
    } else {
      Team team =
          Optional.ofNullable(form.getTeamId())
              .flatMap(teams::findById)
              .orElseThrow(() -> BusinessException.onField("teamId", "routing.teamRequired"));
      rule.giveTo(team, form.getDistribution());
    }
    if (form.isNew()) {
      rule.recordCreation(stamp.user(), stamp.at());
      rules.add(rule);
    } else {
      rule.recordModification(stamp.user(), stamp.at());
    }
    return rule.getId();
  }

  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void deleteRule(long id, long version) {
    RoutingRule rule = find(id);
    rule.requireVersion(version);
    rules.remove(rule);
  }

  /**
   * Puts the rules in the given order (the list as the administrator dragged it); rules not named
   * keep their place after the named ones.
   */
  public void reorderRules(@NotNull @Size(max = MAX_LISTED) List<Long> orderedIds) {
    List<RoutingRule> current = rules.allInOrder();
    List<RoutingRule> ordered = new ArrayList<>();
    for (Long id : orderedIds) {
      current.stream().filter(r -> r.getId().equals(id)).findFirst().ifPresent(ordered::add);
    }
    current.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add);
    Stamp stamp = Stamp.of(context);
    int order = 10;
    for (RoutingRule rule : ordered) {
      if (rule.getSortOrder() != order) {
        rule.placeAt(order);
        rule.recordModification(stamp.user(), stamp.at());
      }
      order += 10;
    }
  }

  /** Moves a rule one place up (-1) or down (+1): the keyboard's way of reordering. */
  public void moveRule(long id, @Min(-1) @Max(1) int step) {
    List<Long> ids = new ArrayList<>(rules.allInOrder().stream().map(RoutingRule::getId).toList());
    int at = ids.indexOf(id);
    int to = at + step;
    if (at < 0 || to < 0 || to >= ids.size()) {
      return;
    }
    ids.remove(at);
    ids.add(to, id);
    reorderRules(ids);
  }

  /** The active users a rule, the default owner or an absence may name. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<UserOption> userOptions() {
    return users.activeUsers(MAX_LISTED);
  }

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public Long defaultOwnerId() {
    User owner = rules.settings().getDefaultOwner();
    return owner == null ? null : owner.getId();
  }

  /** Who gets a lead no rule takes; null: it waits unassigned. */
  public void setDefaultOwner(Long userId) {
    LeadSettings settings = rules.settings();
    settings.setDefaultOwner(userId == null ? null : activeUser(userId, "defaultOwner"));
    Stamp stamp = Stamp.of(context);
    settings.recordModification(stamp.user(), stamp.at());
  }

  /** Hours a new lead may wait before escalation (0: never), and whether it is routed again. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public Escalation escalation() {
    LeadSettings settings = rules.settings();
    return new Escalation(settings.getEscalateAfterHours(), settings.isEscalationReroute());
  }

  public void setEscalation(@Min(0) @Max(720) int hours, boolean reroute) {
    LeadSettings settings = rules.settings();
    settings.escalateAfter(hours, reroute);
    Stamp stamp = Stamp.of(context);
    settings.recordModification(stamp.user(), stamp.at());
  }

  /** The escalation settings as the page shows them. */
  public record Escalation(int hours, boolean reroute) implements java.io.Serializable {}

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<AbsenceRow> listAbsences() {
    return absences.currentAndComing(time.today(), MAX_LISTED).stream()
        .map(
            a ->
                new AbsenceRow(
                    a.getId(),
                    a.getUser().getDisplayName(),
                    a.getFirstDay(),
                    a.getLastDay(),
                    a.getNote()))
        .toList();
  }

  public long addAbsence(
      Long userId,
      @NotNull LocalDate firstDay,
      @NotNull LocalDate lastDay,
      @Size(max = 200) String note) {
    Absence absence = new Absence(activeUser(userId, "absenceUser"), firstDay, lastDay, note);
    Stamp stamp = Stamp.of(context);
    absence.recordCreation(stamp.user(), stamp.at());
    return absences.add(absence).getId();
  }

  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void removeAbsence(long id) {
    absences.findById(id).ifPresent(absences::remove);
  }

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<LeadTaker> listLeadTakers() {
    return rules.leadTakers(MAX_LISTED).stream()
        .map(
            u ->
                new LeadTaker(
                    u.getId(), u.getDisplayName(), u.getLeadCapacity(), u.getLeadWeight()))
        .toList();
  }

  /** How many open leads the user takes at most (null: no limit) and their weight in a team. */
  public void setLeadCapacity(
      Long userId, @Min(0) @Max(10_000) Integer capacity, @Min(1) @Max(10) int weight) {
    User user = activeUser(userId, "takerUser");
    user.takeLeads(capacity, weight);
    Stamp stamp = Stamp.of(context);
    user.recordModification(stamp.user(), stamp.at());
  }

  private User activeUser(Long id, String field) {
    return Optional.ofNullable(id)
        .flatMap(users::findById)
        .filter(User::isActive)
        .orElseThrow(() -> BusinessException.onField(field, "routing.userRequired"));
  }

  private RoutingRule find(long id) {
    return rules.findById(id).orElseThrow(() -> new BusinessException("routing.ruleNotFound"));
  }

  /** The form's typed lists as conditions, each entry checked, refused on its field. */
  static final class RuleConditions {

    private RuleConditions() {}

    static RoutingConditions of(RuleForm form) {
      Set<String> countries = codes(form.getCountries(), "countries", "routing.countriesInvalid");
      List<PostalRange> ranges = new ArrayList<>();
      for (String text : items(form.getPostalRanges())) {
        ranges.add(
            PostalRange.parse(text)
                .orElseThrow(
                    () ->
                        BusinessException.onField(
                            "postalRanges", "routing.postalRangeInvalid", text)));
      }
      Set<String> languages = codes(form.getLanguages(), "languages", "routing.languagesInvalid");
      if (form.getMinScore() != null
          && form.getMaxScore() != null
          && form.getMinScore() > form.getMaxScore()) {
        throw BusinessException.onField("maxScore", "routing.scoreBandInvalid");
      }
      return new RoutingConditions(
          countries,
          ranges,
          new LinkedHashSet<>(items(form.getIndustries())),
          Set.of(form.getCompanySizes()),
          Set.of(form.getSources()),
          languages,
          form.getMinScore(),
          form.getMaxScore());
    }

    private static Set<String> codes(String text, String field, String message) {
      Set<String> codes = new LinkedHashSet<>();
      for (String item : items(text)) {
        if (!item.matches("[A-Za-z]{2}")) {
          throw BusinessException.onField(field, message, item);
        }
        codes.add(item);
      }
      return codes;
    }

    private static List<String> items(String text) {
      if (text == null || text.isBlank()) {
        return List.of();
      }
      return Arrays.stream(text.split("[,;]"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }
}
