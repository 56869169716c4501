package dev.forge.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record may be written as a single scalar, which sets the named component:
 * {@code health: /healthz} is {@code health: { path: /healthz }}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shorthand {
    String value();
}
