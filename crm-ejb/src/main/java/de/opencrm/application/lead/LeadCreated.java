package de.opencrm.application.lead;

/**
 * A lead just entered: its id, who routing gave it to (null: nobody yet), and whether the one who
 * entered it may open it (not when it went to a team whose leads they do not see).
 */
public record LeadCreated(long id, String ownerName, boolean visibleToCaller) {}
