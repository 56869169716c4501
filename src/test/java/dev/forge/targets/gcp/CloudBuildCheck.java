package dev.forge.targets.gcp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A checker of cloudbuild.yaml written from the Cloud Build configuration file reference (the build config schema,
 * modelled on the Build resource): the top-level fields and a step's fields, their types, the enums of
 * {@code options}, that every step has a {@code name}, ids are unique and {@code waitFor} names an earlier step (or
 * {@code -}), that {@code args} and {@code script} are not both set, and the substitution rules: user-defined keys
 * start with {@code _} and are upper case, every {@code $VAR}/{@code ${VAR}} used is a built-in or a declared one,
 * and, as MUST_MATCH (the default) requires, every declared one is used.
 */
final class CloudBuildCheck {

    static final Set<String> TOP = Set.of("steps", "timeout", "queueTtl", "logsBucket", "options", "substitutions",
            "tags", "serviceAccount", "secrets", "availableSecrets", "artifacts", "images", "mavenArtifacts",
            "pythonPackages", "npmPackages", "goModules", "dependencies", "gitConfig");
    static final Set<String> STEP = Set.of("name", "args", "env", "allowFailure", "allowExitCodes", "dir", "id",
            "waitFor", "entrypoint", "secretEnv", "volumes", "timeout", "script", "automapSubstitutions");
    static final Set<String> OPTIONS = Set.of("env", "secretEnv", "volumes", "sourceProvenanceHash", "machineType",
            "diskSizeGb", "substitutionOption", "dynamicSubstitutions", "automapSubstitutions", "logStreamingOption",
            "logging", "defaultLogsBucketBehavior", "pool", "pubsubTopic", "requestedVerifyOption");
    static final Map<String, Set<String>> OPTION_ENUMS = Map.of(
            "machineType", Set.of("UNSPECIFIED", "N1_HIGHCPU_8", "N1_HIGHCPU_32", "E2_HIGHCPU_8", "E2_HIGHCPU_32",
                    "E2_MEDIUM"),
            "substitutionOption", Set.of("MUST_MATCH", "ALLOW_LOOSE"),
            "logStreamingOption", Set.of("STREAM_DEFAULT", "STREAM_ON", "STREAM_OFF"),
            "logging", Set.of("LOGGING_UNSPECIFIED", "LEGACY", "GCS_ONLY", "STACKDRIVER_ONLY", "CLOUD_LOGGING_ONLY", "NONE"),
            "defaultLogsBucketBehavior", Set.of("DEFAULT_LOGS_BUCKET_BEHAVIOR_UNSPECIFIED", "REGIONAL_USER_OWNED_BUCKET"),
            "requestedVerifyOption", Set.of("NOT_VERIFIED", "VERIFIED"),
            "sourceProvenanceHash", Set.of("NONE", "SHA256", "MD5"));
    /** The substitutions Cloud Build provides itself. */
    static final Set<String> BUILT_IN = Set.of("PROJECT_ID", "PROJECT_NUMBER", "BUILD_ID", "LOCATION", "TRIGGER_NAME",
            "COMMIT_SHA", "REVISION_ID", "SHORT_SHA", "REPO_NAME", "REPO_FULL_NAME", "BRANCH_NAME", "TAG_NAME",
            "REF_NAME", "TRIGGER_BUILD_CONFIG_PATH", "SERVICE_ACCOUNT_EMAIL", "SERVICE_ACCOUNT", "_HEAD_BRANCH",
            "_BASE_BRANCH", "_HEAD_REPO_URL", "_PR_NUMBER");
    private static final Pattern DURATION = Pattern.compile("^\\d+(\\.\\d+)?s$");
    private static final Pattern USER_KEY = Pattern.compile("^_[A-Z0-9_]+$");
    /** {@code $$} (a literal dollar), {@code ${NAME}} or {@code $NAME}. */
    private static final Pattern VAR = Pattern.compile("\\$(\\$|\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    private CloudBuildCheck() {
    }

    static List<String> check(String yaml) {
        List<String> out = new ArrayList<>();
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (RuntimeException e) {
            return List.of("not YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return List.of("the build config is not a mapping");
        }
        root.propertyNames().forEach(k -> {
            if (!TOP.contains(k)) {
                out.add("unknown top-level field '" + k + "'");
            }
        });
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            out.add("'steps' must be a non-empty list");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = steps.get(i);
            String at = "steps[" + i + "]";
            if (!s.isObject()) {
                out.add(at + " is not a mapping");
                continue;
            }
            s.propertyNames().forEach(k -> {
                if (!STEP.contains(k)) {
                    out.add(at + ": unknown field '" + k + "'");
                }
            });
            if (!text(s.get("name"))) {
                out.add(at + ": 'name' (the builder image) is required");
            }
            for (String f : List.of("id", "entrypoint", "dir", "script")) {
                if (s.has(f) && !text(s.get(f))) {
                    out.add(at + "." + f + " must be a string");
                }
            }
            for (String f : List.of("args", "env", "secretEnv", "waitFor")) {
                if (s.has(f) && !strings(s.get(f))) {
                    out.add(at + "." + f + " must be a list of strings");
                }
            }
            if (s.has("args") && s.has("script")) {
                out.add(at + ": 'args' and 'script' cannot both be set");
            }
            if (s.has("timeout") && !(text(s.get("timeout")) && DURATION.matcher(s.get("timeout").asString()).matches())) {
                out.add(at + ".timeout must be a duration such as 600s");
            }
            if (s.has("waitFor")) {
                for (JsonNode w : s.get("waitFor")) {
                    if (!w.asString().equals("-") && !ids.contains(w.asString())) {
                        out.add(at + ".waitFor names '" + w.asString() + "', which is no earlier step's id");
                    }
                }
            }
            if (s.has("id")) {
                if (!ids.add(s.get("id").asString())) {
                    out.add(at + ": duplicate id '" + s.get("id").asString() + "'");
                }
            }
        }
        if (root.has("timeout") && !(text(root.get("timeout")) && DURATION.matcher(root.get("timeout").asString()).matches())) {
            out.add("timeout must be a duration such as 3600s");
        }
        for (String f : List.of("images", "tags")) {
            if (root.has(f) && !strings(root.get(f))) {
                out.add(f + " must be a list of strings");
            }
        }
        JsonNode options = root.get("options");
        if (options != null) {
            if (!options.isObject()) {
                out.add("options must be a mapping");
            } else {
                options.propertyNames().forEach(k -> {
                    if (!OPTIONS.contains(k)) {
                        out.add("options: unknown field '" + k + "'");
                    } else if (OPTION_ENUMS.containsKey(k) && !OPTION_ENUMS.get(k).contains(options.get(k).asString())) {
                        out.add("options." + k + ": '" + options.get(k).asString() + "' is not one of " + OPTION_ENUMS.get(k));
                    }
                });
            }
        }
        Set<String> declared = new HashSet<>();
        JsonNode subs = root.get("substitutions");
        if (subs != null) {
            if (!subs.isObject()) {
                out.add("substitutions must be a mapping");
            } else {
                subs.propertyNames().forEach(k -> {
                    if (!USER_KEY.matcher(k).matches()) {
                        out.add("substitution '" + k + "': user-defined substitutions start with '_' and use only"
                                + " upper-case letters, digits and '_'");
                    }
                    if (!subs.get(k).isString()) {
                        out.add("substitution '" + k + "' must be a string");
                    }
                    declared.add(k);
                });
            }
        }
        Set<String> used = new HashSet<>();
        List<String> texts = new ArrayList<>();
        collect(steps, texts);
        if (root.has("images")) {
            collect(root.get("images"), texts);
        }
        for (String t : texts) {
            Matcher m = VAR.matcher(t);
            while (m.find()) {
                if (m.group(1).equals("$")) {
                    continue;
                }
                String name = m.group(2) != null ? m.group(2) : m.group(3);
                if (declared.contains(name)) {
                    used.add(name);
                } else if (!BUILT_IN.contains(name)) {
                    out.add("'$" + name + "' is neither a built-in nor a declared substitution (write $$ for a shell"
                            + " variable): " + t.lines().filter(l -> l.contains(name)).findFirst().orElse(t));
                }
            }
        }
        boolean loose = options != null && "ALLOW_LOOSE".equals(options.path("substitutionOption").asString(""));
        if (!loose) {
            declared.stream().filter(d -> !used.contains(d)).sorted()
                    .forEach(d -> out.add("substitution '" + d + "' is declared but never used (MUST_MATCH fails the build)"));
        }
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isString()) {
            out.add(n.asString());
        } else if (n.isArray() || n.isObject()) {
            n.forEach(c -> collect(c, out));
        }
    }

    private static boolean text(JsonNode n) {
        return n != null && n.isString();
    }

    private static boolean strings(JsonNode n) {
        if (n == null || !n.isArray()) {
            return false;
        }
        for (JsonNode c : n) {
            if (!c.isString()) {
                return false;
            }
        }
        return true;
    }
}
