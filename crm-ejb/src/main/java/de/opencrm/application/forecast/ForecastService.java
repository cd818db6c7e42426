package de.opencrm.application.forecast;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.forecast.ForecastFigures;
import de.opencrm.domain.forecast.ForecastPeriod;
import de.opencrm.domain.forecast.ForecastRepository;
import de.opencrm.domain.forecast.ForecastRollup;
import de.opencrm.domain.forecast.YearToDate;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales forecast: per person, team and all together, what was won in a period and what is
 * expected by forecast category, weighted, against the quotas; year to date against the year
 * before. Everyone sees the opportunities their record scope shows (a salesperson their own or the
 * team's, a manager the team's); the quotas come from {@link QuotaService}.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
@Permission(area = Area.OPPORTUNITIES, operation = Operation.READ)
public class ForecastService {

  @Inject ForecastRepository forecasts;
  @Inject UserRepository users;
  @Inject RecordScopes scopes;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  public Forecast forecast(@NotNull ForecastPeriod period, Long pipelineId) {
    RecordScope scope = scopes.of(context, Area.OPPORTUNITIES);
    Map<Long, ForecastRepository.TeamQuota> quotas =
        forecasts.quotas(period.first(), period.last());
    Map<Long, BigDecimal> visibleQuotas = new HashMap<>();
    quotas.forEach(
        (user, quota) -> {
          if (scope.sees(user, quota.teamId())) {
            visibleQuotas.put(user, quota.amount());
          }
        });
    Map<Long, ForecastFigures> perOwner =
        ForecastRollup.perOwner(
            forecasts.sums(
                period.firstDay(),
                period.lastDay(),
                startOf(period.firstDay()),
                startOf(period.lastDay().plusDays(1)),
                pipelineId,
                scope),
            visibleQuotas);
    List<ForecastLine> people = new ArrayList<>();
    Map<Long, List<ForecastFigures>> byTeam = new HashMap<>();
    Map<Long, String> teamNames = new HashMap<>();
    Map<Long, User> owners = new HashMap<>();
    users.findAllById(perOwner.keySet()).forEach(u -> owners.put(u.getId(), u));
    perOwner.forEach(
        (owner, figures) -> {
          User user = owners.get(owner);
          Team team = user == null ? null : user.getTeam();
          String name = user == null ? String.valueOf(owner) : user.getDisplayName();
          people.add(new ForecastLine(owner, name, team == null ? null : team.getName(), figures));
          if (team != null) {
            byTeam.computeIfAbsent(team.getId(), t -> new ArrayList<>()).add(figures);
            teamNames.put(team.getId(), team.getName());
          }
        });
    people.sort(Comparator.comparing(ForecastLine::name, String.CASE_INSENSITIVE_ORDER));
    List<ForecastLine> teamLines = new ArrayList<>();
    byTeam.forEach(
        (team, members) ->
            teamLines.add(
                new ForecastLine(team, teamNames.get(team), null, ForecastRollup.total(members))));
    teamLines.sort(Comparator.comparing(ForecastLine::name, String.CASE_INSENSITIVE_ORDER));
    return new Forecast(period, people, teamLines, ForecastRollup.total(perOwner.values()));
  }

  /** Won this year until now against the same span of last year, and both years by month. */
  public YearToDate yearToDate() {
    RecordScope scope = scopes.of(context, Area.OPPORTUNITIES);
    LocalDate today = time.today();
    Instant now = time.now();
    LocalDate sameDayLastYear = today.minusYears(1);
    Instant sameMomentLastYear = time.instant(time.local(now).minusYears(1));
    BigDecimal thisYear = forecasts.won(startOf(today.withDayOfYear(1)), now, scope);
    BigDecimal lastYear =
        forecasts.won(startOf(sameDayLastYear.withDayOfYear(1)), sameMomentLastYear, scope);
    return new YearToDate(
        thisYear,
        lastYear,
        forecasts.wonBetween(monthBounds(today.getYear()), scope),
        forecasts.wonBetween(monthBounds(today.getYear() - 1), scope));
  }

  private Instant startOf(LocalDate day) {
    return time.instant(day.atStartOfDay());
  }

  private List<Instant> monthBounds(int year) {
    List<Instant> bounds = new ArrayList<>();
    for (int m = 1; m <= 13; m++) {
      bounds.add(startOf(m == 13 ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, m, 1)));
    }
    return bounds;
  }
}
