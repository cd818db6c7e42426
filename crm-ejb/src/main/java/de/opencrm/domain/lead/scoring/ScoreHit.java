package de.opencrm.domain.lead.scoring;

/** A rule that gave a lead points: what it looked at, what of the lead it hit, how many points. */
public record ScoreHit(ScoreCriterion criterion, String values, int points) {}
