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
}
