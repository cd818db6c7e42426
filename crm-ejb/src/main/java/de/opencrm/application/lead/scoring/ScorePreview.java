package de.opencrm.application.lead.scoring;

import de.opencrm.domain.lead.scoring.ScoreCard;

/** What a sample lead would score by today's rules, and whether that makes it MQL. */
public record ScorePreview(ScoreCard card, int threshold, boolean qualifies) {}
