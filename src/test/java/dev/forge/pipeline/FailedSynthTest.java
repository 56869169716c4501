package dev.forge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.synth.SynthException;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A target that throws midway fails the run before anything is written. */
class FailedSynthTest {

    /** Emits one file, then fails, as a buggy target would. */
    static final class ThrowingTarget implements Target {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String description() {
            return "fails after its first file";
        }

        @Override
        public dev.forge.synth.Rendering renders() {
            return dev.forge.synth.Rendering.of();
        }

        @Override
        public List<Artifact> synth(SynthContext context) {
            Artifact.text("first.txt", "partial");
            throw new IllegalStateException("boom in the middle");
        }
    }

    @Test
    void targetThatThrows_leavesPreviousOutputByteIdentical(@TempDir Path out) throws Exception {
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(Examples.spec("trip-assistant"), "forge.yaml"));
        Target model = BuiltinTargets.byName("model").orElseThrow();
        Pipeline.write(out, Pipeline.synth(spec, List.of(model), spec.environments()), List.of(model), true, false);
        Map<String, String> before = Trees.read(out);

        List<Target> targets = List.of(model, new ThrowingTarget());
        assertThatThrownBy(() -> {
            List<Artifact> artifacts = Pipeline.synth(spec, targets, spec.environments());
            Pipeline.write(out, artifacts, targets, true, false);
        }).isInstanceOf(SynthException.class).hasMessageContaining("broken").hasMessageContaining("boom in the middle");

        assertThat(Trees.read(out)).isEqualTo(before);
    }
}
