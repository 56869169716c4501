package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One step of a job: an action from {@link Actions} with its inputs, or a script from {@link Shell}. */
final class Step {

    private final String name;
    private String id;
    private String condition;
    private Actions action;
    private final Map<String, Object> with = new LinkedHashMap<>();
    private String run;
    private String workingDirectory;
    private final Map<String, String> env = new LinkedHashMap<>();

    private Step(String name) {
        this.name = name;
    }

    static Step uses(String name, Actions action) {
        Step s = new Step(name);
        s.action = action;
        return s;
    }

    static Step run(String name, Shell script) {
        Step s = new Step(name);
        s.run = script.script();
        return s;
    }

    /** The repository at the workflow's commit, without leaving the token in .git/config (zizmor artipacked). */
    static Step checkout() {
        return uses("Check out", Actions.CHECKOUT).with("persist-credentials", false);
    }

    Step id(String id) {
        this.id = id;
        return this;
    }

    Step when(String condition) {
        this.condition = condition;
        return this;
    }

    Step with(String key, Object value) {
        with.put(key, value);
        return this;
    }

    /** An environment variable of this step: the only way an expression's value reaches a script. */
    Step env(String key, String value) {
        env.put(key, value);
        return this;
    }

    Step in(String directory) {
        this.workingDirectory = directory;
        return this;
    }

    YamlMap toYaml() {
        YamlMap m = YamlMap.of("name", name, "id", id, "if", condition);
        if (action != null) {
            m.put("uses", action.uses());
            YamlMap w = new YamlMap();
            with.forEach(w::put);
            m.putIfNotEmpty("with", w);
        }
        YamlMap e = new YamlMap();
        env.forEach(e::put);
        m.putIfNotEmpty("env", e);
        m.put("working-directory", workingDirectory);
        m.put("run", run);
        return m;
    }
}
