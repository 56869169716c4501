package dev.forge.targets.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Result;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.rules.containers.DockerfileBasePinned;
import dev.forge.check.rules.containers.DockerfileHealthcheck;
import dev.forge.check.rules.containers.DockerfileUser;
import dev.forge.testkit.NodeTool;
import dev.forge.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks can fail: generated Dockerfiles, broken one way each (latest, root, no health check, no digest ...), are
 * rejected by dockerfile-check.js with the named check, and by the Forge rule that demands the property
 * (FORGE-DKR-001 non-root, FORGE-DKR-002 health check, FORGE-DKR-003 pinned base), while the originals pass.
 */
class DockerfileMutationTest {

    private static final String NODE_FROM = "node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c";

    record Mutant(String name, String source, UnaryOperator<String> change, String check, ArtifactRule rule) {
    }

    static final List<Mutant> MUTANTS = List.of(
            new Mutant("latest", "api", s -> s.replaceFirst(java.util.regex.Pattern.quote(NODE_FROM), "node:latest"),
                    "pinned", new DockerfileBasePinned()),
            new Mutant("untagged", "api", s -> s.replaceFirst(java.util.regex.Pattern.quote(NODE_FROM), "node"),
                    "pinned", new DockerfileBasePinned()),
            new Mutant("tag-without-digest", "api", s -> s.replace(NODE_FROM, "node:22-bookworm-slim"), "pinned",
                    new DockerfileBasePinned()),
            new Mutant("user-root", "api", s -> s.replace("USER 10001:10001", "USER root"), "user", new DockerfileUser()),
            new Mutant("user-0", "api", s -> s.replace("USER 10001:10001", "USER 0:0"), "user", new DockerfileUser()),
            new Mutant("no-user", "api", s -> s.replace("USER 10001:10001\n", ""), "user", new DockerfileUser()),
            new Mutant("no-healthcheck", "api", s -> s.replaceAll("HEALTHCHECK [^\\n]*\\\\\\n[^\\n]*\\n", ""),
                    "healthcheck", new DockerfileHealthcheck()),
            new Mutant("healthcheck-none-undocumented", "catalog", s -> s.replaceAll("# No HEALTHCHECK:[^\\n]*\\n", ""),
                    "healthcheck", null),
            new Mutant("copy-from-unknown-stage", "api", s -> s.replace("COPY --from=deps", "COPY --from=builder"),
                    "copy-from", null),
            new Mutant("single-stage", "ui", s -> s.substring(s.indexOf("FROM", s.indexOf("AS site") + 1))
                    .replace("COPY --from=site [\"/site/\", \"/usr/share/nginx/html/\"]\n", ""), "multi-stage", null),
            new Mutant("bad-healthcheck-duration", "api", s -> s.replace("--interval=30s", "--interval=30"), "lint", null));

    @Test
    void brokenDockerfiles_areRejected_withTheNamedCheck_andTheOriginalsPass(@TempDir Path tmp) throws Exception {
        Map<String, String> originals = new LinkedHashMap<>();
        Path platform = tmp.resolve("platform");
        DockerOutput.write(dev.forge.testkit.Examples.spec("forge-platform"), platform);
        Path polyglot = tmp.resolve("polyglot");
        DockerOutput.write(DockerOutput.POLYGLOT, polyglot);
        originals.put("api", Files.readString(platform.resolve("api/Dockerfile")));
        originals.put("ui", Files.readString(platform.resolve("ui/Dockerfile")));
        originals.put("catalog", Files.readString(polyglot.resolve("catalog/Dockerfile")));
        Path mutants = tmp.resolve("mutants");
        for (Mutant m : MUTANTS) {
            String changed = m.change().apply(originals.get(m.source()));
            assertThat(changed).as(m.name() + " changes its Dockerfile").isNotEqualTo(originals.get(m.source()));
            Files.createDirectories(mutants.resolve(m.name()));
            Files.writeString(mutants.resolve(m.name()).resolve("Dockerfile"), changed);
        }
        for (var e : originals.entrySet()) {
            Files.createDirectories(mutants.resolve("original-" + e.getKey()));
            Files.writeString(mutants.resolve("original-" + e.getKey()).resolve("Dockerfile"), e.getValue());
        }

        NodeTool.Result r = NodeTool.run("dockerfile-check.js", mutants);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.stdout())).get("problems");
        Map<String, Set<String>> checksByMutant = new LinkedHashMap<>();
        for (Map<String, Object> p : problems) {
            String dir = Path.of((String) p.get("file")).getParent().getFileName().toString();
            checksByMutant.computeIfAbsent(dir, k -> new TreeSet<>()).add((String) p.get("check"));
        }
        for (Mutant m : MUTANTS) {
            assertThat(checksByMutant.get(m.name())).as(m.name()).isNotNull().contains(m.check());
        }
        assertThat(checksByMutant.keySet()).noneMatch(k -> k.startsWith("original-"));
    }

    @Test
    void brokenDockerfiles_areFlaggedByTheForgeRuleThatDemandsTheProperty(@TempDir Path tmp) throws Exception {
        DockerOutput.write(dev.forge.testkit.Examples.spec("forge-platform"), tmp);
        String api = Files.readString(tmp.resolve("api/Dockerfile"));
        for (ArtifactRule rule : List.of(new DockerfileUser(), new DockerfileHealthcheck(), new DockerfileBasePinned())) {
            assertThat(rule.check(new ParsedArtifact("docker/api/Dockerfile", api)).status())
                    .as(rule.info().id() + " on the generated Dockerfile").isEqualTo(Result.Status.COMPLIANT);
        }
        for (Mutant m : MUTANTS) {
            if (m.rule() != null) {
                Result r = m.rule().check(new ParsedArtifact("docker/api/Dockerfile", m.change().apply(api)));
                assertThat(r.violations()).as(m.rule().info().id() + " on mutant " + m.name()).isNotEmpty();
            }
        }
    }
}
