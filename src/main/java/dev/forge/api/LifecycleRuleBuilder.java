package dev.forge.api;

import dev.forge.model.Duration;
import dev.forge.model.LifecycleRule;
import dev.forge.model.StorageClass;
import java.util.function.Consumer;

/** Builds a {@link LifecycleRule}: one lifecycle rule of a bucket. */
public final class LifecycleRuleBuilder extends SpecBuilder<LifecycleRule, LifecycleRuleBuilder> {

    LifecycleRuleBuilder() {
        super(LifecycleRule.class);
    }

    /** Key prefix the rule applies to (all objects when empty, the default). */
    public LifecycleRuleBuilder prefix(String prefix) {
        return set("prefix", prefix);
    }

    /** Delete current objects this long after creation, e.g. {@code 365d}. */
    public LifecycleRuleBuilder expireAfter(String age) {
        return parse("expireAfter", age, Duration::parse);
    }

    /** Delete current objects this long after creation. */
    public LifecycleRuleBuilder expireAfter(Duration age) {
        return set("expireAfter", age);
    }

    /** Delete old versions this long after they are replaced. */
    public LifecycleRuleBuilder noncurrentExpireAfter(String age) {
        return parse("noncurrentExpireAfter", age, Duration::parse);
    }

    /** Delete old versions this long after they are replaced. */
    public LifecycleRuleBuilder noncurrentExpireAfter(Duration age) {
        return set("noncurrentExpireAfter", age);
    }

    /** Move objects to {@code storageClass} at age {@code after}, e.g. {@code transition("30d", GLACIER_IR)}. */
    public LifecycleRuleBuilder transition(String after, StorageClass storageClass) {
        return transition(t -> t.after(after).storageClass(storageClass));
    }

    /** Move objects to a cheaper storage class after a while. */
    public LifecycleRuleBuilder transition(Consumer<TransitionBuilder> edit) {
        return nested("transition", TransitionBuilder::new, edit);
    }

    /** Abort unfinished multipart uploads after this long (default 7d). */
    public LifecycleRuleBuilder abortUploadsAfter(String age) {
        return parse("abortUploadsAfter", age, Duration::parse);
    }

    /** Abort unfinished multipart uploads after this long. */
    public LifecycleRuleBuilder abortUploadsAfter(Duration age) {
        return set("abortUploadsAfter", age);
    }
}
