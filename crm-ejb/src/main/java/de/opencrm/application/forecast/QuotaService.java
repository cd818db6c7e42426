package de.opencrm.application.forecast;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Team;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserOption;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.forecast.ForecastRepository;
import de.opencrm.domain.forecast.Quota;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Sales quotas per person and month. Setting them is a manager's job for their own team and an
 * administrator's for everyone: bound to those roles, not a cell of the permission matrix.
 */
@Stateless
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class QuotaService {

  private static final int MAX_PEOPLE = 500;

  @Inject ForecastRepository forecasts;
  @Inject UserRepository users;
  @Resource SessionContext context;

  /** Whose quotas the caller keeps: a manager's team, or everyone for an administrator. */
  public List<UserOption> quotaHolders() {
    if (context.isCallerInRole(Role.Names.ADMIN)) {
      return users.activeUsers(MAX_PEOPLE);
    }
    Team team = caller().getTeam();
    return team == null ? List.of() : users.activeMembers(team.getId());
  }

  /** A person's quotas of a year, January first (zero where none is set). */
  public List<BigDecimal> quotasOf(long userId, int year) {
    User user = holder(userId);
    List<BigDecimal> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(
          forecasts
              .quota(user.getId(), YearMonth.of(year, m))
              .map(Quota::getAmount)
              .orElse(BigDecimal.ZERO.setScale(2)));
    }
    return months;
  }

  /** Sets a person's quotas of a year, January first; zero where none is wanted. */
  public void setQuotas(long userId, int year, @NotNull List<BigDecimal> months) {
    if (months.size() != 12) {
      throw new BusinessException("quota.twelveMonths");
    }
    User user = holder(userId);
    Stamp stamp = Stamp.of(context);
    for (int m = 1; m <= 12; m++) {
      BigDecimal amount = months.get(m - 1) == null ? BigDecimal.ZERO : months.get(m - 1);
      YearMonth month = YearMonth.of(year, m);
      Quota quota = forecasts.quota(user.getId(), month).orElse(null);
      if (quota == null) {
        if (amount.signum() != 0) {
          quota = new Quota(user, month, amount);
          quota.recordCreation(stamp.user(), stamp.at());
          forecasts.add(quota);
        }
      } else if (quota.getAmount().compareTo(amount) != 0) {
        quota.setAmount(amount);
        quota.recordModification(stamp.user(), stamp.at());
      }
    }
  }

  private User holder(long userId) {
    User user = users.findById(userId).orElseThrow(() -> new BusinessException("user.notFound"));
    if (context.isCallerInRole(Role.Names.ADMIN)) {
      return user;
    }
    Team callersTeam = caller().getTeam();
    if (user.getTeam() == null
        || callersTeam == null
        || !user.getTeam().getId().equals(callersTeam.getId())) {
      throw new BusinessException("quota.notYourTeam", user.getDisplayName());
    }
    return user;
  }

  private User caller() {
    return users
        .findByUsername(context.getCallerPrincipal().getName())
        .orElseThrow(() -> new BusinessException("user.notFound"));
  }
}
