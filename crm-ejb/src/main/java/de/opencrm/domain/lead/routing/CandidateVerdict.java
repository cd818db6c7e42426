package de.opencrm.domain.lead.routing;

/** What routing made of one candidate of the rule that fired: the explanation on the lead. */
public record CandidateVerdict(
    String username, String displayName, Outcome outcome, int openLeads) {

  public enum Outcome {
    CHOSEN,
    /** Available, but the strategy picked someone else. */
    PASSED_OVER,
    ABSENT,
    AT_CAPACITY
  }

  static CandidateVerdict of(Candidate candidate, Outcome outcome) {
    return new CandidateVerdict(
        candidate.username(), candidate.displayName(), outcome, candidate.openLeads());
  }
}
