package dev.forge.cli;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.write.WriteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** forge synth: the whole pipeline, then write. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate infrastructure files from a spec into the output directory.",
                "Nothing is written unless every phase passes. Files Forge wrote before and no longer generates are"
                        + " removed; a generated file edited by hand, or a file Forge did not write, is never overwritten"
                        + " without --force."})
final class SynthCommand implements Callable<Integer> {

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET",
            description = "Target to generate (repeatable; default: every target that applies). See `forge targets`.")
    List<String> targets = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment to generate (repeatable; default: all).")
    List<String> envs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--force", description = "Overwrite generated files edited by hand, and files Forge did not write.")
    boolean force;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
        ResolvedSpec resolved = Pipeline.resolve(spec.read());
        List<Target> selected = Pipeline.targets(targets, resolved);
        List<ResolvedEnv> selectedEnvs = Pipeline.environments(resolved, envs);
        List<Artifact> artifacts = Pipeline.synth(resolved, selected, selectedEnvs);
        WriteResult result = Pipeline.write(out, artifacts, selected, envs.isEmpty(), force);
        Printer p = cli.printer();
        if (format == Format.json) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("out", out.toString());
            extra.put("targets", selected.stream().map(Target::name).toList());
            extra.put("written", result.written());
            extra.put("unchanged", result.unchanged());
            extra.put("deleted", result.deleted());
            extra.put("kept", result.kept());
            p.json(true, List.of(), extra);
            return ExitCodes.OK;
        }
        for (String k : result.kept()) {
            p.err().println("warning: " + out.resolve(k) + " is no longer generated but was edited by hand; left in place");
        }
        p.out().println("synthesized " + selected.stream().map(Target::name).toList() + " for "
                + selectedEnvs.stream().map(ResolvedEnv::name).toList() + " into " + out + ": " + result.written().size()
                + " written, " + result.unchanged().size() + " unchanged, " + result.deleted().size() + " removed");
        p.out().flush();
        p.err().flush();
        return ExitCodes.OK;
    }
}
