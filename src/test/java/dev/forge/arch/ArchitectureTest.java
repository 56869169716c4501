package dev.forge.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout is the architecture: spec and model at the bottom, checks and targets above them, the
 * CLI on top. Nothing below imports anything above, and a target never imports another target.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.forge");
    }

    @Test
    void layers_dependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("util").definedBy("dev.forge.util..")
                .layer("diag").definedBy("dev.forge.diag..")
                .layer("model").definedBy("dev.forge.model..")
                .layer("spec").definedBy("dev.forge.spec..")
                .layer("bind").definedBy("dev.forge.bind..")
                .layer("resolve").definedBy("dev.forge.resolve..")
                .layer("schema").definedBy("dev.forge.schema..")
                .layer("api").definedBy("dev.forge.api..")
                .layer("synth").definedBy("dev.forge.synth..")
                .layer("check").definedBy("dev.forge.check..")
                .layer("emit").definedBy("dev.forge.emit..")
                .layer("platform").definedBy("dev.forge.platform..")
                .layer("targets").definedBy("dev.forge.targets..")
                .layer("write").definedBy("dev.forge.write..")
                .layer("verify").definedBy("dev.forge.verify..")
                .layer("pipeline").definedBy("dev.forge.pipeline..")
                .layer("cli").definedBy("dev.forge.cli..")
                .whereLayer("util").mayOnlyAccessLayers("util")
                .whereLayer("diag").mayOnlyAccessLayers("diag")
                .whereLayer("model").mayOnlyAccessLayers("model", "util")
                .whereLayer("spec").mayOnlyAccessLayers("spec", "diag", "util")
                .whereLayer("bind").mayOnlyAccessLayers("bind", "spec", "model", "diag", "util")
                .whereLayer("resolve").mayOnlyAccessLayers("resolve", "bind", "model", "diag", "util")
                .whereLayer("schema").mayOnlyAccessLayers("schema", "model", "util")
                .whereLayer("api").mayOnlyAccessLayers("api", "model", "util")
                .whereLayer("synth").mayOnlyAccessLayers("synth", "resolve", "model", "diag", "util")
                .whereLayer("check").mayOnlyAccessLayers("check", "platform", "emit", "synth", "resolve", "bind", "spec", "model",
                        "diag", "util")
                .whereLayer("emit").mayOnlyAccessLayers("emit", "util")
                // platform: decisions shared by the targets of one platform (Kubernetes objects for the kubernetes and
                // helm targets, container images for docker, compose and kubernetes), so targets never import each other
                .whereLayer("platform").mayOnlyAccessLayers("platform", "emit", "synth", "resolve", "model", "diag", "util")
                .whereLayer("targets").mayOnlyAccessLayers("targets", "platform", "emit", "synth", "resolve", "model", "diag",
                        "util")
                .whereLayer("write").mayOnlyAccessLayers("write", "synth", "diag", "util")
                .whereLayer("verify").mayOnlyAccessLayers("verify", "emit", "diag", "util")
                .whereLayer("pipeline").mayOnlyAccessLayers("pipeline", "write", "targets", "check", "synth", "resolve",
                        "bind", "spec", "model", "diag", "util")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .check(classes);
    }

    @Test
    void targets_neverImportEachOther() {
        slices().matching("dev.forge.targets.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void model_isFreeOfCycles() {
        slices().matching("dev.forge.(*)..").should().beFreeOfCycles().check(classes);
    }
}
