package de.opencrm.application.opportunity;

/** A stage as its administration lists it, with the opportunities in it now. */
public record StageRow(StageOption stage, long version, long opportunities) {}
