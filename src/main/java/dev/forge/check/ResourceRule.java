package dev.forge.check;

/**
 * A rule over one declared resource of one kind (a table, a bucket, a function ...) as resolved for one
 * environment. Violation paths are relative to the resource ({@code pitr}, {@code auth.reason}).
 *
 * @param <T> the resource's spec record, e.g. {@link dev.forge.model.TableSpec}
 */
public non-sealed interface ResourceRule<T extends Record> extends Rule {

    Class<T> type();

    Result check(Subject<T> resource);

    /**
     * The fields the rule is about, under the resource ({@code waf}, {@code replication.region}); empty when it is
     * about the resource as a whole. When no selected target renders one of them (or the resource), the output
     * holds nothing to check: the checker reports the rule not applicable, with the reason, instead of passed.
     */
    default java.util.List<String> reads() {
        return java.util.List.of();
    }

    /**
     * The targets whose rendering the rule is about (e.g. {@code terraform-aws} for Fargate task sizes); empty for
     * any. A resource that only other selected targets render is not applicable to the rule, and said so. Such a rule
     * states a limit of that target (not a policy), so {@code forge validate} runs it too.
     */
    default java.util.Set<String> renderedBy() {
        return java.util.Set.of();
    }
}
