package dev.forge.cli;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** forge verify: Terraform's own init, validate and plan over the terraform-aws output, offline. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove the terraform-aws output with Terraform itself, offline: init, validate and plan -refresh=false"
                + " per environment, against a schema-serving stand-in for the AWS provider (no network, no credentials,"
                + " nothing is created).",
                "Synthesizes into a scratch folder, or verifies an existing output with --out. Needs terraform (>= 1.11) and"
                        + " node on the PATH. Does not run the guardrails (`forge check` does), nor the provider's own value"
                        + " checks (enums, patterns, conflicting arguments), which only the real provider knows."})
final class VerifyCommand implements Callable<Integer> {

    private static final String TARGET = "terraform-aws";

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment to verify (repeatable; default: all).")
    List<String> envs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Verify this existing output (written by `forge synth`) instead of synthesizing into a scratch folder.")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "2",
            description = "Environments verified at once (default: ${DEFAULT-VALUE}).")
    int jobs = 2;

    @Option(names = "--keep", description = "Keep the scratch folder (printed on stderr) for inspection.")
    boolean keep;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        ResolvedSpec resolved = Pipeline.resolve(spec.read());
        List<ResolvedEnv> selected = Pipeline.environments(resolved, envs);
        Pipeline.checkFiles(resolved, spec.dir());
        Path scratch = Files.createTempDirectory("forge-verify");
        Printer p = cli.printer();
        try {
            Path outDir = out;
            if (outDir == null) {
                outDir = scratch.resolve("out");
                List<Target> targets = Pipeline.targets(List.of(TARGET), resolved);
                List<Artifact> artifacts = Pipeline.synth(resolved, targets, selected, spec.dir(), outDir);
                Pipeline.write(outDir, artifacts, targets, true, false);
            }
            OfflineTerraform tf = OfflineTerraform.prepare(scratch.resolve("terraform"));
            List<String> names = selected.stream().map(ResolvedEnv::name).toList();
            List<RootResult> results = Verifier.verify(tf, outDir.resolve(TARGET), names, scratch.resolve("roots"), jobs);
            boolean ok = results.stream().allMatch(RootResult::ok);
            if (format == Format.json) {
                List<Object> list = new ArrayList<>();
                for (RootResult r : results) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("environment", r.environment());
                    m.put("init", r.initOk());
                    m.put("validate", r.validateOk());
                    m.put("plan", r.planOk());
                    m.put("add", r.add());
                    m.put("change", r.change());
                    m.put("destroy", r.destroy());
                    m.put("resources", r.addresses());
                    m.put("problems", r.problems());
                    list.add(m);
                }
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("terraform", tf.version());
                extra.put("environments", list);
                p.json(ok, List.of(), extra);
            } else {
                for (RootResult r : results) {
                    p.out().println(r.summary());
                    r.problems().forEach(pr -> (r.ok() ? p.out() : p.err()).println("  " + pr));
                }
                if (!ok) {
                    p.err().println("forge verify: Terraform rejected the output of " + results.stream().filter(r -> !r.ok())
                            .map(RootResult::environment).toList() + " (messages above are Terraform's own)");
                }
                p.out().flush();
                p.err().flush();
            }
            return ok ? ExitCodes.OK : ExitCodes.INVALID;
        } finally {
            if (keep) {
                p.err().println("forge verify: scratch folder kept at " + scratch);
                p.err().flush();
            } else {
                delete(scratch);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
