package dev.forge.check;

import dev.forge.bind.SourceMap;
import dev.forge.check.coverage.Coverage;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Location;
import dev.forge.diag.Severity;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.util.Parallel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 4, check: runs the rules of the selected packs over every selected environment of a resolved spec
 * (and over emitted files), applies the spec's suppressions, and reports every finding. A rule that throws
 * becomes an error finding naming the rule; it never stops the run. Bad suppressions are spec errors
 * (FORGE-E122, thrown as a {@link dev.forge.diag.SpecException}).
 */
public final class Checker {

    private final List<Pack> packs;
    private final Map<String, Pack.Entry> rules = new LinkedHashMap<>();
    private final LocalDate today;
    private final Coverage coverage;

    /** @param today the date suppressions expire against (pass a fixed one in tests) */
    public Checker(List<Pack> packs, LocalDate today) {
        this(packs, today, null);
    }

    /**
     * @param coverage what the selected targets render: a rule whose subject is in no output is not applicable
     *                 (with the reason) instead of passed; null to judge the model alone (tests of single rules)
     */
    public Checker(List<Pack> packs, LocalDate today, Coverage coverage) {
        this.packs = List.copyOf(packs);
        this.today = today;
        this.coverage = coverage;
        for (Pack p : packs) {
            for (Pack.Entry e : p.entries()) {
                rules.merge(e.rule().id(), e, (a, b) -> new Pack.Entry(a.rule(), a.levels().max(b.levels())));
            }
        }
    }

    /** Checks the resolved model of {@code envs}. */
    public CheckReport check(ResolvedSpec spec, List<ResolvedEnv> envs) {
        Suppressions sups = suppressions(spec);
        Run run = new Run(spec.sources(), sups);
        // each environment on a core of its own; results gathered in the environments' order
        for (Run one : Parallel.map(envs, env -> {
            Run mine = new Run(spec.sources(), sups);
            for (Pack.Entry e : rules.values()) {
                if (e.rule() instanceof ResourceRule<?> r) {
                    resourceRule(mine, e, r, env);
                } else if (e.rule() instanceof EnvironmentRule r) {
                    String base = "";
                    mine.record(e, env, "environment:" + env.name(), base, () -> r.check(env),
                            () -> coverage == null ? java.util.Optional.empty() : coverage.whyNot(r.reads(), env));
                }
            }
            return mine;
        })) {
            run.add(one);
        }
        return run.report(envs.stream().map(ResolvedEnv::name).toList());
    }

    /**
     * Checks emitted files. A file under a folder named after an environment gets that environment's
     * severity; any other file the strictest severity among {@code envs}.
     */
    public CheckReport checkArtifacts(ResolvedSpec spec, List<ResolvedEnv> envs, List<Artifact> artifacts) {
        Suppressions sups = suppressions(spec);
        Run run = new Run(spec.sources(), sups);
        // each file on whichever core is free (each is parsed once, by one thread); results in the files' order
        for (Run one : Parallel.map(artifacts, a -> {
            Run mine = new Run(spec.sources(), sups);
            ParsedArtifact parsed = null;
            for (Pack.Entry e : rules.values()) {
                if (e.rule() instanceof ArtifactRule r && reads(r, a.path()) && r.appliesTo(a.path())) {
                    parsed = parsed == null ? ParsedArtifact.of(a) : parsed;
                    mine.artifact(e, r, parsed, environmentOf(a.path(), envs));
                }
            }
            return mine;
        }, Artifact::size)) { // the few large roots first, so that no core is left with one at the end
            run.add(one);
        }
        for (Pack.Entry e : rules.values()) {
            if (coverage != null && e.rule() instanceof ArtifactRule r && r.subject().isPresent()) {
                notRendered(run, r, r.subject().get(), envs);
            }
        }
        return run.report(envs.stream().map(ResolvedEnv::name).toList());
    }

    /**
     * Whether {@code r} reads the emitted file at {@code path}: a rule that names the targets whose files it reads
     * ({@link ArtifactRule#readsOutputOf}) reads only files under those targets' folders (the Kubernetes pod rules
     * never parse a CloudFormation template, whatever YAML it holds).
     */
    static boolean reads(ArtifactRule r, String path) {
        java.util.Set<String> targets = r.readsOutputOf();
        int slash = path.indexOf('/');
        return targets.isEmpty() || slash > 0 && targets.contains(path.substring(0, slash));
    }

    private Suppressions suppressions(ResolvedSpec spec) {
        var policy = spec.written().policy();
        return new Suppressions(policy == null ? null : policy.suppressions(), spec.sources(), Packs.allIds(), today);
    }

    private static ResolvedEnv environmentOf(String path, List<ResolvedEnv> envs) {
        List<String> parts = List.of(path.replace('.', '/').replace('-', '/').split("/"));
        for (ResolvedEnv e : envs) {
            if (parts.contains(e.name())) {
                return e;
            }
        }
        return envs.stream().filter(e -> e.environment().production()).findFirst().orElse(envs.isEmpty() ? null : envs.get(0));
    }

    @SuppressWarnings("unchecked")
    private <T extends Record> void resourceRule(Run run, Pack.Entry e, ResourceRule<T> r, ResolvedEnv env) {
        Kind kind = Kind.of(r.type());
        Map<String, ?> section = env.spec().section(kind); // resolved: never null
        section.forEach((name, value) -> {
            if (value != null) {
                Subject<T> s = new Subject<>(new Ref(kind, name), (T) value, env);
                java.util.function.Supplier<java.util.Optional<String>> why =
                        () -> whyNot(s.ref(), r.reads(), env, r.renderedBy());
                // a rule about one target's limits (a Fargate size) says nothing when that target renders none of
                // it: a Kubernetes-only app may ask for any size (regression: FORGE-ECS-001 refused synth -t kubernetes)
                java.util.Optional<String> notRendered = r.renderedBy().isEmpty() ? java.util.Optional.empty() : why.get();
                if (notRendered.isPresent()) {
                    run.notApplicable.add(new CheckReport.NotApplicable(e.rule().info().id(), s.ref().toString(), env.name(),
                            notRendered.get()));
                    return;
                }
                run.record(e, env, s.ref().toString(), SourceMap.child(kind.section(), name), () -> r.check(s), why);
            }
        });
    }

    /** An artifact rule about resources of {@code kind}: not applicable, and why, for each one in no output. */
    private void notRendered(Run run, ArtifactRule r, Kind kind, List<ResolvedEnv> envs) {
        for (ResolvedEnv env : envs) {
            new java.util.TreeSet<>(env.spec().section(kind).keySet()).forEach(name -> {
                Ref ref = new Ref(kind, name);
                coverage.whyNot(ref, "", env, r.readsOutputOf()).ifPresent(why -> run.notApplicable.add(
                        new CheckReport.NotApplicable(r.id(), ref.toString(), env.name(), why)));
            });
        }
    }

    /** Why the output holds none of {@code fields} of {@code ref} (or, for no fields, the resource), if it does not. */
    private java.util.Optional<String> whyNot(Ref ref, List<String> fields, ResolvedEnv env,
            java.util.Set<String> only) {
        if (coverage == null) {
            return java.util.Optional.empty();
        }
        for (String f : fields.isEmpty() ? List.of("") : fields) {
            var why = coverage.whyNot(ref, f, env, only);
            if (why.isPresent()) {
                return why;
            }
        }
        return java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern REMOVE = java.util.regex.Pattern.compile("^Remove `([a-z-]+): (true|false)`");

    /**
     * A fix that says "Remove `k: false`" is wrong when nothing was written (the value is a default): it becomes
     * "Set `k: true`", naming the default that applies.
     */
    static String defaultedFix(String fix) {
        java.util.regex.Matcher m = REMOVE.matcher(fix);
        if (!m.find()) {
            return fix;
        }
        String key = m.group(1);
        boolean value = Boolean.parseBoolean(m.group(2));
        return "Set `" + key + ": " + !value + "` (nothing to remove: `" + key + "` is not written, and " + value
                + " is the default here).";
    }

    /** One check run: collects findings and passes. */
    private final class Run {
        private final SourceMap sources;
        private final Suppressions sups;
        private final List<Finding> findings = new ArrayList<>();
        private final List<CheckReport.Passed> passed = new ArrayList<>();
        private final List<CheckReport.NotApplicable> notApplicable = new ArrayList<>();

        Run(SourceMap sources, Suppressions sups) {
            this.sources = sources;
            this.sups = sups;
        }

        void record(Pack.Entry e, ResolvedEnv env, String resource, String base, java.util.function.Supplier<Result> check,
                    java.util.function.Supplier<java.util.Optional<String>> notInOutput) {
            RuleInfo info = e.rule().info();
            Severity severity = e.levels().in(env.environment().production());
            Result result;
            try {
                result = check.get();
            } catch (RuntimeException | StackOverflowError ex) {
                findings.add(sups.apply(crashed(info, resource, env.name(), sources.at(base), ex)));
                return;
            }
            if (result.status() == Result.Status.COMPLIANT) {
                var why = notInOutput.get();
                if (why.isPresent()) {
                    notApplicable.add(new CheckReport.NotApplicable(info.id(), resource, env.name(), why.get()));
                } else {
                    passed.add(new CheckReport.Passed(info.id(), resource, env.name()));
                }
            }
            for (Violation v : result.violations()) {
                String where = v.path() == null ? base : v.path().isEmpty() ? base : base.isEmpty() ? v.path() : base + "." + v.path();
                Location at = locate(where, env.name());
                String message = v.message();
                String fix = info.fix();
                if (v.path() != null && !v.path().isEmpty() && message.endsWith("')") && message.contains("('")) {
                    // The quoted value is the effective one: say whether the spec wrote it (where) or a default applies.
                    boolean written = sources.has(where) || overrideWritten(where, env.name());
                    message = message.substring(0, message.length() - 1) + (written ? ", written at " + at + ")"
                            : ", not written in the spec: the default in " + (env.environment().production()
                            ? "production" : "non-production") + " environment '" + env.name() + "')");
                    if (!written) {
                        fix = defaultedFix(fix);
                    }
                }
                findings.add(sups.apply(new Finding(info.id(), severity, v.resource() == null ? resource : v.resource(),
                        env.name(), at, message, fix, null, null)));
            }
        }

        /** Whether an environment override of {@code path} (or of one of its parents' fields) is written. */
        private boolean overrideWritten(String path, String env) {
            int cut = path.lastIndexOf('.');
            while (cut > 0) {
                if (sources.has(path.substring(0, cut) + ".environments." + env + path.substring(cut))) {
                    return true;
                }
                cut = path.lastIndexOf('.', cut - 1);
            }
            return false;
        }

        void artifact(Pack.Entry e, ArtifactRule r, ParsedArtifact a, ResolvedEnv env) {
            RuleInfo info = e.rule().info();
            Severity severity = e.levels().in(env == null || env.environment().production());
            Result result;
            try {
                result = r.check(a);
            } catch (RuntimeException | StackOverflowError ex) {
                findings.add(sups.apply(crashed(info, a.path(), null, Location.file(a.path()), ex)));
                return;
            }
            if (result.status() == Result.Status.COMPLIANT) {
                passed.add(new CheckReport.Passed(info.id(), a.path(), null));
            }
            for (Violation v : result.violations()) {
                findings.add(sups.apply(new Finding(info.id(), severity, v.resource() == null ? a.path() : v.resource(),
                        null, Location.of(a.path(), v.line(), v.column()), v.message(), info.fix(), null, null)));
            }
        }

        /** The override for this environment where one was written, else the field, else its nearest parent. */
        private Location locate(String path, String env) {
            int cut = path.lastIndexOf('.');
            while (cut > 0) {
                String override = path.substring(0, cut) + ".environments." + env + path.substring(cut);
                if (sources.has(override)) {
                    return sources.at(override);
                }
                cut = path.lastIndexOf('.', cut - 1);
            }
            return sources.at(path);
        }

        private static Finding crashed(RuleInfo info, String resource, String env, Location at, Throwable ex) {
            return new Finding(info.id(), Severity.ERROR, resource, env, at, "rule " + info.id() + " failed on "
                    + resource + " and could not check it: " + ex, "This is a bug in Forge, not in the spec: report it"
                    + " (run with --debug). To proceed, suppress " + info.id() + " for this resource with a reason.",
                    null, null);
        }

        /** Appends what another run (of one environment or one file) found, in its order. */
        void add(Run other) {
            findings.addAll(other.findings);
            passed.addAll(other.passed);
            notApplicable.addAll(other.notApplicable);
        }

        CheckReport report(List<String> envs) {
            return new CheckReport(packs.stream().map(Pack::name).toList(), envs, rules, findings, passed, notApplicable);
        }
    }
}
