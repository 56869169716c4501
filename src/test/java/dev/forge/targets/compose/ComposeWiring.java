package dev.forge.targets.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assertions over a parsed compose output, shared by the example and scenario tests. */
final class ComposeWiring {

    private ComposeWiring() {
    }

    /** Every depends_on target is a service; every network and named volume a service names is declared. */
    @SuppressWarnings("unchecked")
    static void assertWired(List<Artifact> files) {
        Map<String, Object> compose = ComposeFixtures.yaml(ComposeFixtures.file(files, "docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Set<String> networks = ((Map<String, Object>) compose.get("networks")).keySet();
        Set<String> volumes = compose.containsKey("volumes") ? ((Map<String, Object>) compose.get("volumes")).keySet() : Set.of();
        assertThat(networks).hasSize(1);
        services.forEach((name, s) -> {
            Map<String, Object> deps = (Map<String, Object>) s.getOrDefault("depends_on", Map.of());
            assertThat(services.keySet()).as(name + " depends on").containsAll(deps.keySet());
            assertThat(networks).as(name + " networks").containsAll((List<String>) s.get("networks"));
            for (String v : (List<String>) s.getOrDefault("volumes", List.of())) {
                assertThat(volumes).as(name + " volume " + v).contains(v.substring(0, v.indexOf(':')));
            }
            for (String p : (List<String>) s.getOrDefault("ports", List.of())) {
                assertThat(p).as(name + " port (FORGE-CMP-002)").startsWith("127.0.0.1:");
            }
            boolean oneShot = "no".equals(s.get("restart"));
            assertThat(oneShot || s.containsKey("healthcheck")).as(name + " healthcheck (FORGE-CMP-001)").isTrue();
        });
        Map<String, Map<String, Object>> dev = ComposeFixtures.services(ComposeFixtures.file(files, "docker-compose.dev.yml"));
        assertThat(services.keySet()).as("services the dev override changes").containsAll(dev.keySet());
        dev.forEach((name, s) -> ((List<String>) s.getOrDefault("ports", List.of()))
                .forEach(p -> assertThat(p).as(name + " dev port").startsWith("127.0.0.1:")));
    }

    /** The environment of each service and job: exactly EnvContract.of's names, plus only the documented SDK ones. */
    @SuppressWarnings("unchecked")
    static void assertContract(ResolvedEnv env, List<Artifact> files) {
        Map<String, Map<String, Object>> services = ComposeFixtures.services(ComposeFixtures.file(files, "docker-compose.yml"));
        List<Ref> principals = new ArrayList<>(EnvContract.principals(env.spec()));
        principals.removeIf(r -> r.kind() == Kind.FUNCTION);
        assertThat(principals).isNotEmpty();
        for (Ref p : principals) {
            Set<String> expected = new TreeSet<>();
            EnvContract.of(env, p).forEach(v -> expected.add(v.name()));
            Set<String> actual = new TreeSet<>(((Map<String, Object>) services.get(p.name()).get("environment")).keySet());
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            assertThat(actual).as(p + " has every contract variable").containsAll(expected);
            assertThat(LocalEnv.SDK_VARIABLES).as(p + " has nothing but the contract and the SDK list").containsAll(extra);
            boolean reachesAws = env.grantsOf(p).stream().map(Grant::resource)
                    .anyMatch(r -> r.kind() == Kind.TABLE || r.kind() == Kind.BUCKET || r.kind() == Kind.QUEUE);
            assertThat(!extra.isEmpty()).as(p + " gets SDK settings exactly when it reaches a table, bucket or queue")
                    .isEqualTo(reachesAws || contractNames(env, p, Kind.TABLE, Kind.BUCKET, Kind.QUEUE));
            for (EnvVar v : EnvContract.of(env, p)) {
                Object value = ((Map<String, Object>) services.get(p.name()).get("environment")).get(v.name());
                if (v.isSecretValue()) {
                    assertThat(String.valueOf(value)).as(p + " " + v.name() + " comes from .env").matches("\\$\\{[A-Z0-9_]+:\\?.*\\}");
                }
            }
        }
    }

    private static boolean contractNames(ResolvedEnv env, Ref p, Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return EnvContract.of(env, p).stream().anyMatch(v -> v.value() instanceof EnvVar.Attribute a
                && wanted.contains(a.resource().kind()));
    }

    /** .env.example lists exactly the variables the compose files interpolate, secrets with an empty value. */
    static void assertEnvExampleComplete(List<Artifact> files) {
        Set<String> interpolated = new TreeSet<>();
        interpolated.addAll(ComposeFixtures.interpolated(ComposeFixtures.file(files, "docker-compose.yml").text()));
        interpolated.addAll(ComposeFixtures.interpolated(ComposeFixtures.file(files, "docker-compose.dev.yml").text()));
        String example = ComposeFixtures.file(files, ".env.example").text();
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=(.*)$").matcher(example);
        String[] lines = example.split("\n");
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).isEqualTo(interpolated);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].matches("[A-Z][A-Z0-9_]*=.*")) {
                assertThat(lines[i - 1]).as("comment above " + lines[i]).startsWith("# ");
                if (lines[i - 1].contains("(secret")) {
                    assertThat(lines[i]).as("a secret is empty in .env.example").endsWith("=");
                }
            }
        }
        assertThat(ComposeFixtures.file(files, ".gitignore").text()).containsPattern("(?m)^\\.env$");
    }

    /** Every database, cache, bucket, table and queue a service or job uses has its stand-in and init container. */
    @SuppressWarnings("unchecked")
    static void assertStandIns(ResolvedEnv env, List<Artifact> files) {
        Map<String, Map<String, Object>> services = ComposeFixtures.services(ComposeFixtures.file(files, "docker-compose.yml"));
        Set<Ref> used = new LinkedHashSet<>();
        for (Ref p : EnvContract.principals(env.spec())) {
            if (p.kind() != Kind.FUNCTION) {
                env.grantsOf(p).forEach(g -> used.add(g.resource()));
            }
        }
        for (Ref r : used) {
            switch (r.kind()) {
                case DATABASE -> assertThat(services).containsKey(Local.postgres(r.name()));
                case CACHE -> assertThat(services).containsKey(Local.cache(r.name(), env.spec().caches().get(r.name())));
                case TABLE -> assertThat(services).containsKeys(Local.DYNAMODB, Local.DYNAMODB_INIT);
                case BUCKET -> assertThat(services).containsKeys(Local.MINIO, Local.MINIO_INIT);
                case QUEUE -> assertThat(services).containsKeys(Local.ELASTICMQ, Local.ELASTICMQ_INIT);
                default -> {
                }
            }
        }
        assertThat(created(services, Local.DYNAMODB_INIT, "--table-name (\\S+) --billing-mode"))
                .isEqualTo(names(env.spec().tables().keySet(), n -> env.physicalName(Kind.TABLE, n)));
        assertThat(created(services, Local.MINIO_INIT, "mc mb --ignore-existing local/(\\S+)"))
                .isEqualTo(names(env.spec().buckets().keySet(), n -> env.naming().bucket(n)));
        Set<String> queues = new TreeSet<>();
        env.spec().queues().forEach((n, q) -> {
            queues.add(Local.queueName(env, n, q));
            queues.add(Local.deadLetterQueueName(env, n, q));
        });
        assertThat(created(services, Local.ELASTICMQ_INIT, "create-queue --queue-name (\\S+)")).isEqualTo(queues);
    }

    private static Set<String> names(Set<String> spec, java.util.function.UnaryOperator<String> physical) {
        Set<String> out = new TreeSet<>();
        spec.forEach(n -> out.add(physical.apply(n)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> created(Map<String, Map<String, Object>> services, String init, String regex) {
        Set<String> out = new TreeSet<>();
        if (!services.containsKey(init)) {
            return out;
        }
        String script = String.join("\n", (List<String>) services.get(init).get("command"));
        Matcher m = Pattern.compile(regex).matcher(script);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
