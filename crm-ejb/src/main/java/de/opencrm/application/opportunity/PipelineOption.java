package de.opencrm.application.opportunity;

/** A pipeline as pages offer it. */
public record PipelineOption(long id, String nameDe, String nameEn) {}
