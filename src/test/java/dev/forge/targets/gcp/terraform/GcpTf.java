package dev.forge.targets.gcp.terraform;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.Examples;
import dev.forge.testkit.NodeTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test support: the examples' gcp Terraform, and tf-check.js run against the google provider schema. */
final class GcpTf {

    /** The compact google schema tools/gcp-schema/extract.js writes for tf-check.js. */
    static final Path SCHEMA = Path.of("tools/validators/schema/google-provider-6.50.json");

    private GcpTf() {
    }

    static List<String> examples() {
        return Examples.names();
    }

    /** The example's files (paths under gcp/, i.e. {@code terraform/...}), every environment. */
    static List<Artifact> synth(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        Path dir = Examples.repoRoot().resolve("examples").resolve(example);
        return GcpTerraform.artifacts(new SynthContext(spec, spec.environments(),
                java.util.Optional.of(new SynthContext.Layout(dir, dir.resolve("out")))));
    }

    record Check(int exit, String stdout, String stderr) {
    }

    /** {@code node tools/validators/tf-check.js <dir> --schema <google schema>}. */
    static Check tfCheck(Path dir) throws Exception {
        NodeTool.ensureInstalled();
        Path root = NodeTool.repoRoot();
        List<String> cmd = new ArrayList<>(List.of("node", root.resolve("tools/validators/tf-check.js").toString(),
                dir.toAbsolutePath().toString(), "--schema", root.resolve(SCHEMA).toString()));
        Path out = java.nio.file.Files.createTempFile("tfcheck", ".out");
        Path err = java.nio.file.Files.createTempFile("tfcheck", ".err");
        try {
            Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tf-check timed out");
            }
            return new Check(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
        }
    }
}
