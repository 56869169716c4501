package dev.forge.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field (or, on a list, each item; on a map, each key) must match {@link #regex()}; {@link #hint()}
 * tells a person what that means, e.g. "an AWS region such as us-east-1".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Format {
    String regex();

    String hint();
}
