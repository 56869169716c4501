package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One resource of a template: its type, its properties (a tree of plain values and {@link Fn} intrinsics), and the
 * resource attributes CloudFormation reads beside them. Mutable while a template is built, printed once.
 */
public final class Resource {

    /** What CloudFormation does with the resource's physical data when it is deleted or replaced. */
    public enum Policy { Delete, Retain, Snapshot, RetainExceptOnCreate }

    /** A CloudFormation resource type: {@code AWS::Service::Resource} or {@code Custom::Name}. */
    private static final java.util.regex.Pattern TYPE =
            java.util.regex.Pattern.compile("(AWS|Custom)::[A-Za-z0-9]+(::[A-Za-z0-9]+)*");

    private final String type;
    private final YamlMap properties;
    private final TreeSet<String> dependsOn = new TreeSet<>();
    private Policy deletionPolicy;
    private Policy updateReplacePolicy;
    private String condition;
    private final YamlList guardSuppressions = new YamlList();
    private final YamlList lintSuppressions = new YamlList();

    public Resource(String type, YamlMap properties) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("not a CloudFormation resource type: " + type);
        }
        this.type = type;
        this.properties = Objects.requireNonNull(properties);
    }

    public String type() {
        return type;
    }

    public YamlMap properties() {
        return properties;
    }

    /** Adds a {@code DependsOn} (kept sorted: the same template whatever order the builders ran in). */
    public Resource dependsOn(String logicalId) {
        dependsOn.add(logicalId);
        return this;
    }

    public java.util.SortedSet<String> dependencies() {
        return java.util.Collections.unmodifiableSortedSet(dependsOn);
    }

    /** Deletion and update-replace policy together (CloudFormation and cfn-lint want both on data). */
    public Resource keep(Policy policy) {
        this.deletionPolicy = policy;
        this.updateReplacePolicy = policy == Policy.RetainExceptOnCreate ? Policy.Retain : policy;
        return this;
    }

    public Policy deletionPolicy() {
        return deletionPolicy;
    }

    public Resource condition(String name) {
        this.condition = name;
        return this;
    }

    public String condition() {
        return condition;
    }

    /**
     * A cfn-guard rule this resource is exempt from, with the reason (written to {@code Metadata.guard} where
     * cfn-guard reads it; the reason is kept beside it for readers and for docs).
     */
    public Resource suppressGuard(String rule, String reason) {
        guardSuppressions.add(YamlMap.of("rule", rule, "reason", reason));
        return this;
    }

    /** A cfn-lint rule (e.g. {@code W3005}) ignored on this resource, with the reason. */
    public Resource suppressLint(String rule, String reason) {
        lintSuppressions.add(YamlMap.of("rule", rule, "reason", reason));
        return this;
    }

    /** The resource as the template writes it. */
    YamlMap toTree() {
        YamlMap m = YamlMap.of("Type", type);
        if (condition != null) {
            m.put("Condition", condition);
        }
        if (!dependsOn.isEmpty()) {
            m.put("DependsOn", YamlList.copyOf(dependsOn));
        }
        if (deletionPolicy != null) {
            m.put("DeletionPolicy", deletionPolicy.name());
            m.put("UpdateReplacePolicy", updateReplacePolicy.name());
        }
        YamlMap metadata = new YamlMap();
        if (!guardSuppressions.isEmpty()) {
            YamlList rules = new YamlList();
            guardSuppressions.items().forEach(s -> rules.add(((YamlMap) s).get("rule")));
            metadata.put("guard", YamlMap.of("SuppressedRules", rules));
            metadata.put("forge:suppressions", guardSuppressions.copy());
        }
        if (!lintSuppressions.isEmpty()) {
            YamlList rules = new YamlList();
            lintSuppressions.items().forEach(s -> rules.add(((YamlMap) s).get("rule")));
            metadata.put("cfn-lint", YamlMap.of("config", YamlMap.of("ignore_checks", rules)));
            YamlList all = metadata.containsKey("forge:suppressions") ? (YamlList) metadata.get("forge:suppressions") : new YamlList();
            lintSuppressions.items().forEach(s -> all.add(((YamlMap) s).copy()));
            metadata.put("forge:suppressions", all);
        }
        m.putIfNotEmpty("Metadata", metadata);
        m.putIfNotEmpty("Properties", properties);
        return m;
    }

    List<Object> guardRules() {
        return guardSuppressions.items();
    }
}
