package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One job. Every job states its token permissions (the workflow grants none: {@code permissions: {}}), so each holds
 * only what it uses (FORGE-CI-004, OpenSSF Token-Permissions), and a timeout (a hung job otherwise holds a runner, and
 * its credentials, for six hours).
 */
final class Job {

    /** GitHub's Ubuntu runners: x86-64, and Arm64 (native, no emulation) for arm64 images. */
    static final String RUNNER = "ubuntu-24.04";
    static final String ARM_RUNNER = "ubuntu-24.04-arm";

    final String id;
    private final String name;
    private String runsOn = RUNNER;
    private final Map<String, String> permissions = new TreeMap<>();
    private final List<String> needs = new ArrayList<>();
    private String condition;
    private String environment;
    private YamlMap concurrency;
    private int timeoutMinutes;
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    Job(String id, String name, int timeoutMinutes) {
        this.id = id;
        this.name = name;
        this.timeoutMinutes = timeoutMinutes;
    }

    Job runsOn(String runner) {
        this.runsOn = runner;
        return this;
    }

    Job permission(String scope, String level) {
        permissions.put(scope, level);
        return this;
    }

    Job needs(String job) {
        needs.add(job);
        return this;
    }

    Job when(String condition) {
        this.condition = condition;
        return this;
    }

    /** The GitHub environment: its protection rules (required reviewers) gate the job, and its OIDC subject names it. */
    Job environment(String name) {
        this.environment = name;
        return this;
    }

    Job concurrency(String group) {
        this.concurrency = YamlMap.of("group", group, "cancel-in-progress", false);
        return this;
    }

    Job output(String name, String expression) {
        outputs.put(name, expression);
        return this;
    }

    Job env(String key, String value) {
        env.put(key, value);
        return this;
    }

    Job step(Step step) {
        steps.add(step);
        return this;
    }

    /** A step before all the others. */
    Job first(Step step) {
        steps.add(0, step);
        return this;
    }

    /** More minutes before GitHub cancels the job, for a step that waits. */
    Job longer(int minutes) {
        timeoutMinutes += minutes;
        return this;
    }

    YamlMap toYaml() {
        YamlMap m = YamlMap.of("name", name);
        if (needs.size() == 1) {
            m.put("needs", needs.get(0));
        } else if (!needs.isEmpty()) {
            m.put("needs", YamlList.copyOf(needs));
        }
        m.put("if", condition);
        m.put("runs-on", runsOn);
        m.put("timeout-minutes", timeoutMinutes);
        YamlMap p = new YamlMap();
        permissions.forEach(p::put);
        m.put("permissions", p);
        m.put("environment", environment);
        m.put("concurrency", concurrency);
        YamlMap o = new YamlMap();
        outputs.forEach(o::put);
        m.putIfNotEmpty("outputs", o);
        YamlMap e = new YamlMap();
        env.forEach(e::put);
        m.putIfNotEmpty("env", e);
        YamlList s = new YamlList();
        steps.forEach(x -> s.add(x.toYaml()));
        m.put("steps", s);
        return m;
    }
}
