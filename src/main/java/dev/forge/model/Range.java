package dev.forge.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds of a number, or of a duration/size/CPU in its base unit (seconds, MiB, millicores).
 * Bounds are the platforms' own limits, so a value Forge accepts is one the cloud accepts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    long min();

    long max();

    /**
     * Whether a duration keeps its milliseconds (e.g. a latency threshold). Otherwise the platform counts the
     * field in whole seconds, and a duration that is not a whole number of seconds is refused, never truncated.
     */
    boolean millis() default false;
}
