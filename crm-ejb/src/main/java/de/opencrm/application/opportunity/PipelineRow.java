package de.opencrm.application.opportunity;

/** A pipeline as its administration lists it. */
public record PipelineRow(long id, long version, String nameDe, String nameEn, boolean active) {}
