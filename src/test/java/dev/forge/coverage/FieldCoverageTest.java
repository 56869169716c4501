package dev.forge.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.coverage.Coverage;
import dev.forge.model.FieldPaths;
import dev.forge.synth.Target;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Declared ⇒ emitted, or said out loud, proven over the whole model. Every field of the spec is set in
 * every-field.yaml; each one is mutated alone (valid other values, then unset) and every deploying target
 * synthesized again. A target that declares the field rendered (for that resource: see its skips) must change
 * its bytes; a target that does not must not, so synth's list of what is not rendered (FORGE-W401) is the truth.
 * A field added to the model, dropped by a target or newly rendered without a declaration fails here.
 */
class FieldCoverageTest {

    @Test
    void everyFieldOfTheModel_isSetInTheEveryFieldSpec() {
        Set<String> written = new TreeSet<>();
        FieldCoverage.get().probes.forEach(p -> written.add(p.field().pattern()));
        Set<String> missing = new TreeSet<>(FieldPaths.all());
        missing.removeAll(written);
        assertThat(missing).as("fields of the model missing from %s", FieldCoverage.SPEC).isEmpty();
    }

    @Test
    void everyField_hasAnotherValidValue() {
        Set<String> immutable = new TreeSet<>(FieldPaths.all());
        FieldCoverage.get().probes.stream().filter(FieldCoverage.Probe::mutable).forEach(p -> immutable.remove(p.field().pattern()));
        immutable.removeAll(Coverage.FORGE_ONLY);
        assertThat(immutable).as("fields with no valid other value anywhere in the spec (extend Mutations)").isEmpty();
    }

    @Test
    void everyFieldATargetDeclaresRendered_changesThatTargetsOutput() {
        for (Target t : FieldCoverage.get().targets) {
            Set<String> inert = new TreeSet<>();
            for (String pattern : FieldPaths.all()) {
                var declared = FieldCoverage.get().probes.stream()
                        .filter(p -> p.field().pattern().equals(pattern) && p.declared().get(t.name())).toList();
                if (!declared.isEmpty() && declared.stream().noneMatch(p -> p.changed().get(t.name()))) {
                    inert.add(pattern + " (" + declared.get(0).field().path() + ")");
                }
            }
            assertThat(inert).as(t.name() + " declares these rendered, but changing them changes none of its files")
                    .isEmpty();
        }
    }

    @Test
    void everyFieldThatChangesATargetsOutput_isDeclaredRenderedByIt() {
        for (Target t : FieldCoverage.get().targets) {
            Set<String> undeclared = new TreeSet<>();
            FieldCoverage.get().probes.stream().filter(p -> p.changed().get(t.name()) && !p.declared().get(t.name()) && !p.partly().get(t.name()))
                    .forEach(p -> undeclared.add(p.field().path()));
            assertThat(undeclared).as(t.name() + " renders these but declares them not rendered").isEmpty();
        }
    }
}
