package dev.forge.targets.azure;

import dev.forge.synth.Artifact;
import java.util.List;

/** The examples the azure target applies to, synthesized in-process as `forge synth` lays them out. */
final class AzureExamples {

    static final AzureTarget TARGET = new AzureTarget();

    private AzureExamples() {
    }

    static List<String> names() {
        return dev.forge.testkit.Examples.namesFor(TARGET);
    }

    static List<Artifact> synth(String example) {
        return dev.forge.testkit.Examples.synth(TARGET, example);
    }

    static List<Artifact> templates(String example) {
        return synth(example).stream().filter(a -> a.path().endsWith("/azuredeploy.json")).toList();
    }
}
