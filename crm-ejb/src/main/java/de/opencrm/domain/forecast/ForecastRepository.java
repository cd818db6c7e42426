package de.opencrm.domain.forecast;

import de.opencrm.domain.admin.RecordScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sums the forecast is made of, and the quotas it is measured against. */
public interface ForecastRepository {

  /**
   * Per owner, outcome and forecast category: opportunities the scope sees (of one pipeline when
   * given) that are open and expected to close between the days, or were won between the instants.
   */
  List<ForecastSum> sums(
      LocalDate closeFrom,
      LocalDate closeTo,
      Instant wonFrom,
      Instant wonUntil,
      Long pipelineId,
      RecordScope scope);

  /** Euros won between the instants, of what the scope sees. */
  BigDecimal won(Instant from, Instant until, RecordScope scope);

  /** Euros won in each span between consecutive instants (twelve months: thirteen bounds). */
  List<BigDecimal> wonBetween(List<Instant> bounds, RecordScope scope);

  /** Each user's quota over the months, with the user's team: user id to {team id, euros}. */
  Map<Long, TeamQuota> quotas(YearMonth first, YearMonth last);

  Optional<Quota> quota(long userId, YearMonth month);

  Quota add(Quota quota);

  /** A user's quota in a month with the team the user is in now. */
  record TeamQuota(Long teamId, BigDecimal amount) {}
}
