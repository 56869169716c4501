package dev.forge.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default of an optional field, written as it would be in forge.yaml. The resolve phase applies it
 * (so docs and behaviour cannot drift apart). {@link #production()} is the default in environments marked
 * production, when it differs. A field whose default depends on other fields has no annotation and
 * documents its rule in {@link Doc}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    String value();

    String production() default "";
}
