package dev.forge.targets.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.NodeTool;
import dev.forge.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated Dockerfile (production and development, every example and the polyglot samples) passes
 * dockerfile-utils' validate() with nothing reported, and the structural checks of dockerfile-check.js: COPY --from
 * names an earlier stage, numeric non-root USER in the final stage (FORGE-DKR-001), HEALTHCHECK or a documented
 * HEALTHCHECK NONE (FORGE-DKR-002), every base pinned by tag and digest (FORGE-DKR-003), multi-stage production
 * images, OCI labels, and every COPY source present in the build context (the sample apps' expected files). One node
 * process checks them all.
 */
class DockerfileValidatorTest {

    @Test
    void everyGeneratedDockerfile_passesDockerfileUtils_andTheStructuralChecks(@TempDir Path tmp) throws Exception {
        Map<Path, Path> contexts = new LinkedHashMap<>();
        List<Path> dirs = new ArrayList<>();
        int expected = 0;
        for (Path spec : DockerOutput.specs()) {
            Path dir = tmp.resolve(DockerOutput.name(spec));
            contexts.putAll(DockerOutput.write(spec, dir));
            dirs.add(dir);
            expected += DockerOutput.dockerfiles(dir).size();
        }
        List<Path> args = new ArrayList<>(List.of(DockerOutput.contextsFile(contexts, tmp.resolve("contexts.json"))));
        args.addAll(dirs);
        NodeTool.Result r = NodeTool.run("dockerfile-check.js", args.toArray(Path[]::new));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(r.stdout());
        assertThat((List<?>) report.get("problems")).isEmpty();
        // forge-platform 2, ai-validation-platform 5 (3 services, 2 jobs), trip-assistant 2, polyglot 7; prod and dev
        assertThat(((Number) report.get("files")).intValue()).isEqualTo(expected).isEqualTo(2 * (2 + 5 + 2 + 7));
        assertThat(contexts).hasSize(expected);
    }
}
