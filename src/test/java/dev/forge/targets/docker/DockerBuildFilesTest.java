package dev.forge.targets.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.ContainerRuntime;
import dev.forge.platform.containers.Build;
import dev.forge.platform.containers.Builds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each runtime family's sample app holds the files its generated Dockerfile needs (the COPY sources themselves are
 * checked in {@link DockerfileValidatorTest}): the family's build files, the entry point the image runs (package.json's
 * main, main.py) and, for Lambda images, the handler's module. Together the samples cover every family.
 */
class DockerBuildFilesTest {

    @Test
    void everyBuiltImage_hasItsFamilysExpectedFiles_andTheEntryPointItRuns() {
        Set<String> missing = new TreeSet<>();
        for (Path spec : DockerOutput.specs()) {
            for (Build b : Builds.plan(DockerOutput.resolve(spec), Optional.of(spec.getParent())).builds()) {
                Path dir = spec.getParent().resolve(b.buildDir());
                for (String expected : Builds.expectedFiles(b.family())) {
                    if (Arrays.stream(expected.split("\\|")).noneMatch(f -> Files.isRegularFile(dir.resolve(f)))) {
                        missing.add(dir + ": " + expected);
                    }
                }
                String entry = entry(b, dir);
                if (entry != null && !Files.isRegularFile(dir.resolve(entry))) {
                    missing.add(dir + ": entry point " + entry);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theSamples_coverEveryRuntimeFamily_andEveryLambdaBaseImage() {
        Set<ContainerRuntime> services = EnumSet.noneOf(ContainerRuntime.class);
        Set<ContainerRuntime> lambdas = EnumSet.noneOf(ContainerRuntime.class);
        for (Path spec : DockerOutput.specs()) {
            for (Build b : Builds.plan(DockerOutput.resolve(spec), Optional.of(spec.getParent())).builds()) {
                (b.isLambda() ? lambdas : services).add(b.family());
            }
        }
        assertThat(services).containsExactlyInAnyOrder(ContainerRuntime.values());
        assertThat(lambdas).containsExactlyInAnyOrder(ContainerRuntime.NODE, ContainerRuntime.PYTHON, ContainerRuntime.JAVA_MAVEN);
    }

    /** The file the image starts, relative to the build folder; null for static sites (nginx serves the folder). */
    private static String entry(Build b, Path dir) {
        if (b.isLambda()) {
            String handler = new Facts(null, null, null, DockerOutput.resolve(specOf(b, dir)).environments().get(0).spec())
                    .handler(b);
            return switch (b.family()) {
                case PYTHON -> handler.substring(0, handler.lastIndexOf('.')).replace('.', '/') + ".py";
                case NODE -> handler.substring(0, handler.lastIndexOf('.')) + ".js";
                default -> "src/main/java/" + handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".java";
            };
        }
        return switch (b.family()) {
            case NODE -> NodeMain.of(b, Optional.of(dir));
            case PYTHON -> "main.py";
            case GO -> "main.go";
            case JAVA_MAVEN -> "pom.xml";
            case JAVA_GRADLE -> "build.gradle.kts";
            case STATIC -> "index.html";
        };
    }

    private static Path specOf(Build b, Path dir) {
        for (Path spec : DockerOutput.specs()) {
            if (dir.startsWith(spec.getParent())) {
                return spec;
            }
        }
        throw new AssertionError("no spec for " + dir);
    }

}
