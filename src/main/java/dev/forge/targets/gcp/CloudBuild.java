package dev.forge.targets.gcp;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ImageSpec;
import dev.forge.model.Spec;
import dev.forge.platform.containers.Builds;
import dev.forge.platform.containers.Images;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code cloudbuild.yaml}: build every image Forge builds, push it to the app's Artifact Registry repository tagged
 * with the commit ({@code $COMMIT_SHA}), then per environment in {@code ci.promote} order deploy every Cloud Run
 * service and job ({@code gcloud run services replace} / {@code gcloud run jobs replace} of the files under
 * {@code run/<env>/}, placeholders filled) and smoke-test every service; an environment starts after the previous
 * one's smoke test passed. Run from the repository root (the spec's folder):
 * {@code gcloud builds submit --config <out>/gcp/cloudbuild.yaml --substitutions=COMMIT_SHA=$(git rev-parse HEAD)}.
 */
final class CloudBuild {

    static final String DOCKER = "gcr.io/cloud-builders/docker";
    static final String GCLOUD = "gcr.io/google.com/cloudsdktool/cloud-sdk:slim";
    static final String IMAGE_BASE = "${_REGION}-docker.pkg.dev/${PROJECT_ID}/${_REPOSITORY}";

    private CloudBuild() {
    }

    /** The workloads of one environment's folder, with their file (relative to the gcp folder). */
    record Workload(String name, boolean service, String file) {
    }

    static YamlMap render(SynthContext context, Map<String, List<Workload>> perEnv, String firstRegion) {
        ResolvedSpec spec = context.spec();
        Spec s = spec.environments().get(0).spec();
        String out = outFolder(context);
        YamlList steps = new YamlList();
        List<String> images = new ArrayList<>();
        List<String> pushed = new ArrayList<>();
        for (Map.Entry<String, ImageSpec> e : builtImages(s).entrySet()) {
            String name = e.getKey();
            ImageSpec image = e.getValue();
            String tag = IMAGE_BASE + "/" + name + ":${COMMIT_SHA}";
            String dockerfile = image.dockerfile() != null ? fromSpec(image.build() + "/" + image.dockerfile())
                    : (out.equals(".") ? "" : out + "/") + Builds.dockerfile(name);
            YamlList args = YamlList.of("build", "--file", literal(dockerfile));
            if (image.target() != null) {
                args.add("--target").add(literal(image.target()));
            }
            if (image.args() != null) {
                new TreeMap<>(image.args()).forEach((k, v) -> args.add("--build-arg").add(literal(k + "=" + v)));
            }
            args.add("--tag").add(tag).add(literal(fromSpec(image.build())));
            steps.add(YamlMap.of("id", "build-" + name, "name", DOCKER, "args", args, "waitFor", YamlList.of("-")));
            steps.add(YamlMap.of("id", "push-" + name, "name", DOCKER, "args", YamlList.of("push", tag),
                    "waitFor", YamlList.of("build-" + name)));
            images.add(tag);
            pushed.add("push-" + name);
        }
        List<String> previous = pushed.isEmpty() ? List.of("-") : pushed;
        for (ResolvedEnv env : promoted(spec)) {
            List<Workload> workloads = perEnv.get(env.name());
            if (workloads == null || workloads.isEmpty()) {
                continue;
            }
            String deploy = "deploy-" + env.name();
            steps.add(YamlMap.of("id", deploy, "name", GCLOUD, "entrypoint", "bash",
                    "args", YamlList.of("-c", deployScript(env, out, workloads)), "waitFor", YamlList.copyOf(previous)));
            String smoke = "smoke-" + env.name();
            List<Workload> services = workloads.stream().filter(Workload::service).toList();
            if (services.isEmpty()) {
                previous = List.of(deploy);
                continue;
            }
            steps.add(YamlMap.of("id", smoke, "name", GCLOUD, "entrypoint", "bash",
                    "args", YamlList.of("-c", smokeScript(env, services)), "waitFor", YamlList.of(deploy)));
            previous = List.of(smoke);
        }
        YamlMap substitutions = new YamlMap()
                .put("_REGION", firstRegion)
                .put("_REPOSITORY", GcpNames.repository(spec.app()));
        apiUrlSubstitutions(spec).forEach(substitutions::put);
        YamlMap root = YamlMap.of("steps", steps);
        if (!images.isEmpty()) {
            root.put("images", YamlList.copyOf(images));
        }
        return root.put("substitutions", substitutions)
                .put("options", YamlMap.of("logging", "CLOUD_LOGGING_ONLY", "substitutionOption", "MUST_MATCH"))
                .put("timeout", "3600s")
                .put("tags", YamlList.of(label(spec.app()), "forge"));
    }

    /** The APIs without a domain whose URL a deployed workload gets: a substitution each (empty unless the build gives it). */
    static Map<String, String> apiUrlSubstitutions(ResolvedSpec spec) {
        Map<String, String> out = new TreeMap<>();
        // only the environments cloudbuild.yaml deploys fill them: MUST_MATCH refuses a substitution nobody uses
        apiUrlSubstitutions(promoted(spec)).keySet().forEach(k -> out.put(k, ""));
        return out;
    }

    /** The environments in {@code ci.promote} order (all of them in declaration order without {@code ci}). */
    static List<ResolvedEnv> promoted(ResolvedSpec spec) {
        Spec s = spec.environments().get(0).spec();
        List<String> order = s.ci() != null && s.ci().promote() != null ? s.ci().promote()
                : spec.environments().stream().map(ResolvedEnv::name).toList();
        List<ResolvedEnv> out = new ArrayList<>();
        for (String name : order) {
            spec.environments().stream().filter(e -> e.name().equals(name)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** Every image Forge builds (services and jobs), by name, sorted. */
    static Map<String, ImageSpec> builtImages(Spec s) {
        Map<String, ImageSpec> out = new TreeMap<>();
        if (s.services() != null) {
            s.services().forEach((n, x) -> {
                if (Images.isBuilt(x.image())) {
                    out.put(n, x.image());
                }
            });
        }
        if (s.jobs() != null) {
            s.jobs().forEach((n, x) -> {
                if (Images.isBuilt(x.image())) {
                    out.put(n, x.image());
                }
            });
        }
        return out;
    }

    /** The deploy script of one environment: fill the placeholders, replace each service and job. */
    private static String deployScript(ResolvedEnv env, String out, List<Workload> workloads) {
        String region = GcpNames.region(env);
        Script sh = new Script();
        sh.line("set -euo pipefail");
        sh.line("project=" + (env.environment().project() != null ? Script.quote(env.environment().project())
                : "\"${PROJECT_ID}\""));
        sh.line("number=\"$$(gcloud projects describe \"$$project\" --format='value(projectNumber)')\"");
        Map<String, String> fills = new LinkedHashMap<>();
        fills.put(GcpNames.PROJECT_ID, "$$project");
        fills.put(GcpNames.PROJECT_NUMBER, "$$number");
        fills.put(GcpNames.REGISTRY, IMAGE_BASE);
        fills.put(GcpNames.COMMIT_SHA, "${COMMIT_SHA}");
        List<String> caches = new ArrayList<>();
        for (ResolvedEnv e : List.of(env)) {
            for (var ref : dev.forge.resolve.EnvContract.principals(e.spec())) {
                if (ref.kind() != dev.forge.model.Kind.FUNCTION) {
                    GcpEnv.caches(e, ref).stream().filter(c -> !caches.contains(c)).forEach(caches::add);
                }
            }
        }
        caches.sort(null);
        for (String cache : caches) {
            String var = "redis_" + GcpNames.token(cache).toLowerCase(java.util.Locale.ROOT);
            sh.line(var + "=\"$$(gcloud redis instances describe " + GcpNames.redisInstance(env, cache) + " --region="
                    + region + " --project=\"$$project\" --format='value(host)')\"");
            fills.put(GcpNames.redisHostPlaceholder(env, cache), "$$" + var);
        }
        apiUrlSubstitutions(List.of(env)).forEach((sub, placeholder) -> fills.put(placeholder, "${" + sub + "}"));
        StringBuilder sed = new StringBuilder("fill() { sed");
        fills.forEach((k, v) -> sed.append(" -e \"s|").append(k).append('|').append(v).append("|g\""));
        sh.line(sed.append(" \"$$1\" > \"$$2\"; }").toString());
        sh.line("mkdir -p /workspace/.forge-run/" + env.name());
        for (Workload w : workloads) {
            String src = (out.equals(".") ? "" : out + "/") + "gcp/" + w.file();
            String filled = "/workspace/.forge-run/" + env.name() + "/" + Path.of(w.file()).getFileName();
            sh.line("fill " + Script.quote(src) + " " + filled);
            sh.line("gcloud run " + (w.service() ? "services" : "jobs") + " replace " + filled + " --region=" + region
                    + " --project=\"$$project\"");
        }
        return sh.text();
    }

    private static Map<String, String> apiUrlSubstitutions(List<ResolvedEnv> envs) {
        Map<String, String> out = new TreeMap<>();
        for (ResolvedEnv env : envs) {
            for (var ref : dev.forge.resolve.EnvContract.principals(env.spec())) {
                if (ref.kind() == dev.forge.model.Kind.FUNCTION) {
                    continue;
                }
                for (GcpEnv.Var v : GcpEnv.of(env, ref)) {
                    if (v.value() != null && v.value().startsWith("__API_URL_")) {
                        String api = v.value().substring("__API_URL_".length(), v.value().length() - 2);
                        out.put("_" + api + "_URL", v.value());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The smoke test of one environment: every service's latest revision is the ready one (its startup probe passed on
     * the health path); a service anyone may reach ({@code ingress: all}) also answers its health path, called with an
     * identity token.
     */
    private static String smokeScript(ResolvedEnv env, List<Workload> services) {
        String region = GcpNames.region(env);
        Script sh = new Script();
        sh.line("set -euo pipefail");
        sh.line("project=" + (env.environment().project() != null ? Script.quote(env.environment().project())
                : "\"${PROJECT_ID}\""));
        sh.line("describe() { gcloud run services describe \"$$1\" --region=" + region
                + " --project=\"$$project\" --format=\"value($$2)\"; }");
        for (Workload w : services) {
            String run = GcpNames.run(env, w.name());
            sh.line("test \"$$(describe " + run + " status.latestReadyRevisionName)\" = \"$$(describe " + run
                    + " status.latestCreatedRevisionName)\" || { echo '" + run + ": the new revision is not ready'; exit 1; }");
            var s = env.spec().services().get(w.name());
            if (RunObjects.ingress(env, w.name()) == RunObjects.Ingress.ALL) {
                sh.line("url=\"$$(describe " + run + " status.url)\"");
                sh.line("curl -fsS --retry 5 --retry-connrefused --max-time 10 -o /dev/null -H \"Authorization: Bearer"
                        + " $$(gcloud auth print-identity-token --audiences=\"$$url\")\" \"$$url" + literal(s.health().path())
                        + "\"");
            }
        }
        return sh.text();
    }

    /** A spec value in a step's arguments: Cloud Build would read {@code $} as a substitution, so it is doubled. */
    static String literal(String s) {
        return s.replace("$", "$$");
    }

    private static String label(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** The output folder relative to the spec's folder (the repository root); {@code out} when not known. */
    static String outFolder(SynthContext context) {
        return context.layout().map(l -> {
            String r = l.specDir().relativize(l.outDir()).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        }).orElse("out");
    }

    private static String fromSpec(String path) {
        String p = Path.of(path).normalize().toString().replace('\\', '/');
        return p.isEmpty() ? "." : p;
    }

    /** Lines of a bash script; words the spec gives are single-quoted. */
    static final class Script {
        private final List<String> lines = new ArrayList<>();

        void line(String l) {
            lines.add(l);
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }

        static String quote(String s) {
            return s.matches("[A-Za-z0-9_./:=@-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
        }
    }
}
