package de.opencrm.domain.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of personal data kept encrypted in the database (AES-GCM, see {@code FieldCipher}). The
 * audit journal records that it changed, never its values.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sensitive {}
