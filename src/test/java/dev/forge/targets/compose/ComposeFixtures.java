package dev.forge.targets.compose;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The examples the compose target applies to, synthesized in-process with the default layout (out/ beside forge.yaml). */
final class ComposeFixtures {

    static final ComposeTarget TARGET = new ComposeTarget();
    private static final Pattern INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    private ComposeFixtures() {
    }

    static List<String> examples() {
        return Examples.names().stream().filter(n -> TARGET.appliesTo(resolve(n))).toList();
    }

    static ResolvedSpec resolve(String example) {
        return Pipeline.resolve(Pipeline.read(Examples.spec(example), "examples/" + example + "/forge.yaml"));
    }

    static ResolvedSpec resolveText(String yaml) {
        return Pipeline.resolve(SpecSource.of("forge.yaml", yaml));
    }

    /** The files, as if written by {@code forge synth DIR} into DIR/out. */
    static List<Artifact> synth(ResolvedSpec spec, Path specDir) {
        return TARGET.synth(new SynthContext(spec, spec.environments(),
                java.util.Optional.of(new SynthContext.Layout(specDir, specDir.resolve("out")))));
    }

    static List<Artifact> synth(String example) {
        return synth(resolve(example), Examples.ROOT.resolve(example));
    }

    static Artifact file(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + files));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Artifact a) {
        return new YAMLMapper().readValue(a.text(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services(Artifact a) {
        return (Map<String, Map<String, Object>>) yaml(a).get("services");
    }

    /** The variables a compose file interpolates ({@code ${NAME...}}, not the escaped {@code $${...}}). */
    static java.util.Set<String> interpolated(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = INTERPOLATION.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Path write(List<Artifact> files, Path dir) {
        return dev.forge.testkit.Examples.write(files, dir);
    }
}
