package dev.forge.resolve;

import dev.forge.model.Kind;
import java.util.Map;
import java.util.Set;

/**
 * Names one target cannot carry: the target declares them in one place ({@code Target.reservedNames()}) and the
 * resolver refuses a spec name that would become one of them (FORGE-E120), before any target runs.
 *
 * @param target the target's name, e.g. {@code terraform-aws}
 * @param kinds the kinds of resource whose names the target turns into the reserved namespace
 * @param becomes what the name becomes, for messages, e.g. {@code Terraform variable}
 * @param reserved each reserved word, as the target spells it, with why it is reserved
 */
public record TargetNames(String target, Set<Kind> kinds, String becomes, Map<String, String> reserved) {

    public TargetNames {
        kinds = Set.copyOf(kinds);
        reserved = Map.copyOf(reserved);
    }

    /** A spec name as the target spells it: hyphens become underscores ({@code for-each} is {@code for_each}). */
    public static String spelling(String name) {
        return name.replace('-', '_');
    }
}
