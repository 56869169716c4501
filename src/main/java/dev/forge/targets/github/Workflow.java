package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.emit.yaml.YamlPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * A workflow file: its triggers, no token permissions at the top ({@code permissions: {}}: each job widens only what
 * it uses, FORGE-CI-004), bash with {@code -eo pipefail} for every script, and its jobs.
 */
final class Workflow {

    private final String name;
    private final YamlMap on;
    private YamlMap concurrency;
    private final YamlMap env = new YamlMap();
    private final List<Job> jobs = new ArrayList<>();

    Workflow(String name, YamlMap on) {
        this.name = name;
        this.on = on;
    }

    Workflow concurrency(String group, String cancelInProgress) {
        this.concurrency = YamlMap.of("group", group, "cancel-in-progress", cancelInProgress);
        return this;
    }

    Workflow env(String key, String value) {
        env.put(key, value);
        return this;
    }

    Workflow job(Job job) {
        jobs.add(job);
        return this;
    }

    List<Job> jobs() {
        return List.copyOf(jobs);
    }

    String print(List<String> header) {
        YamlMap m = YamlMap.of("name", name, "on", on, "permissions", new YamlMap());
        m.put("concurrency", concurrency);
        m.putIfNotEmpty("env", env);
        m.put("defaults", YamlMap.of("run", YamlMap.of("shell", "bash")));
        YamlMap j = new YamlMap();
        jobs.forEach(x -> j.put(x.id, x.toYaml()));
        m.put("jobs", j);
        return YamlPrinter.print(m, header);
    }

    /** Runs on pull requests into {@code branch} and pushes to it, optionally only when {@code paths} change. */
    static YamlMap pullRequestAndPush(String branch, List<String> paths) {
        YamlMap trigger = YamlMap.of("branches", List.of(branch));
        if (!paths.isEmpty()) {
            trigger.put("paths", paths);
        }
        return YamlMap.of("pull_request", trigger.copy(), "push", trigger.copy());
    }
}
