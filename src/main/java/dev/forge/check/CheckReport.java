package dev.forge.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of the check phase: every finding (suppressed ones included, for audit), every check that
 * passed (for JUnit), and the rules and environments that were checked.
 *
 * @param rules the rules that ran, with the levels of the packs that ran them
 */
public record CheckReport(List<String> packs, List<String> environments, Map<String, Pack.Entry> rules,
                          List<Finding> findings, List<Passed> passed, List<NotApplicable> notApplicable) {

    /**
     * A rule that held on the model for a resource, but whose subject no selected target renders: there is nothing
     * in the output to check, so it neither passed nor failed.
     */
    public record NotApplicable(String rule, String resource, String environment, String reason) {
    }

    public CheckReport(List<String> packs, List<String> environments, Map<String, Pack.Entry> rules,
                       List<Finding> findings, List<Passed> passed) {
        this(packs, environments, rules, findings, passed, List.of());
    }

    /** A rule that held for a resource in an environment (null for emitted files). */
    public record Passed(String rule, String resource, String environment) {
    }

    public CheckReport {
        packs = List.copyOf(packs);
        environments = List.copyOf(environments);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = List.copyOf(sorted);
        passed = List.copyOf(passed);
        notApplicable = List.copyOf(notApplicable);
    }

    /** Unsuppressed error findings: any of them stops synth. */
    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    public boolean hasBlocking() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::suppressed).toList();
    }

    /** This report followed by another's findings and passes (e.g. the emitted files' checks). */
    public CheckReport plus(CheckReport other) {
        Map<String, Pack.Entry> r = new LinkedHashMap<>(rules);
        r.putAll(other.rules);
        List<Finding> f = new ArrayList<>(findings);
        f.addAll(other.findings);
        List<Passed> p = new ArrayList<>(passed);
        p.addAll(other.passed);
        List<NotApplicable> n = new ArrayList<>(notApplicable);
        n.addAll(other.notApplicable);
        return new CheckReport(packs, environments, r, f, p, n);
    }
}
