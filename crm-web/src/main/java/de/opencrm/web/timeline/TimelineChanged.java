package de.opencrm.web.timeline;

/** Something was logged or planned on the page's record, so its timeline reads again. */
public record TimelineChanged() {}
