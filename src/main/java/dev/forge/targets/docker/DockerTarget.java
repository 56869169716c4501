package dev.forge.targets.docker;

import dev.forge.model.FunctionSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.ServiceSpec;
import dev.forge.platform.containers.Build;
import dev.forge.platform.containers.Builds;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Rendering;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * docker: a multi-stage Dockerfile per image Forge builds from source (services, jobs and functions with
 * {@code image: { build: DIR }} and no Dockerfile of their own), one per runtime family, its development variant and
 * their ignore files, plus a README. Images are built once and promoted, so the files do not depend on the
 * environment: they are read from the first declared one (see {@link Builds}).
 */
public final class DockerTarget implements Target {

    private static final String NOT_BUILT = "not built from source by Forge: an image given by reference, or a"
            + " Dockerfile of your own (image.dockerfile), which Forge leaves to you";

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public String description() {
        return "a multi-stage Dockerfile (and Dockerfile.dev) per image built from source, per runtime family";
    }

    @Override
    public boolean appliesTo(ResolvedSpec spec) {
        var s = spec.environments().get(0).spec();
        return s.services() != null && s.services().values().stream().anyMatch(v -> Builds.generates(v.image()))
                || s.jobs() != null && s.jobs().values().stream().anyMatch(v -> Builds.generates(v.image()))
                || s.functions() != null && s.functions().values().stream().anyMatch(v -> Builds.generates(v.image()));
    }

    @Override
    public Rendering renders() {
        return RENDERS;
    }

    /** Built once: coverage asks for it per field of every resource. */
    private static final Rendering RENDERS = Rendering.of("app", "owner", "ci.github.repo",
                        "services.*.description", "services.*.image.build", "services.*.image.dockerfile",
                        "services.*.image.target", "services.*.image.args", "services.*.image.runtime",
                        "services.*.port", "services.*.health.path", "services.*.health.interval",
                        "services.*.health.timeout", "services.*.health.unhealthy-threshold",
                        "services.*.health.initial-delay",
                        "jobs.*.description", "jobs.*.image.build", "jobs.*.image.dockerfile", "jobs.*.image.target",
                        "jobs.*.image.args", "jobs.*.image.runtime",
                        "functions.*.description", "functions.*.runtime", "functions.*.handler",
                        "functions.*.image.build", "functions.*.image.dockerfile", "functions.*.image.target",
                        "functions.*.image.args")
                .skipping(Kind.SERVICE, ServiceSpec.class, NOT_BUILT, s -> !Builds.generates(s.image()))
                .skipping(Kind.JOB, JobSpec.class, NOT_BUILT, j -> !Builds.generates(j.image()))
                .skipping(Kind.FUNCTION, FunctionSpec.class, "not a container image Forge builds (a zip function, an"
                        + " image given by reference, or a Dockerfile of your own)", f -> !Builds.generates(f.image()));

    @Override
    public List<Artifact> synth(SynthContext context) {
        Optional<Path> specDir = context.layout().map(SynthContext.Layout::specDir);
        Builds.Plan plan = Builds.plan(context.spec(), specDir);
        Facts facts = Facts.of(context.spec().environments().get(0).spec());
        List<Artifact> out = new ArrayList<>();
        for (Build b : plan.builds()) {
            Optional<Path> dir = specDir.map(d -> d.resolve(b.buildDir()).normalize());
            String main = NodeMain.of(b, dir);
            String prod = b.isLambda() ? LambdaImages.of(facts, b, facts.handler(b), false) : switch (b.family()) {
                case NODE -> ServiceImages.node(facts, b, main);
                case PYTHON -> ServiceImages.python(facts, b);
                case JAVA_MAVEN, JAVA_GRADLE -> CompiledImages.java(facts, b);
                case GO -> CompiledImages.go(facts, b);
                case STATIC -> ServiceImages.site(facts, b);
            };
            String dev = b.isLambda() ? LambdaImages.of(facts, b, facts.handler(b), true) : DevImages.of(facts, b, main);
            out.add(Artifact.text(local(b.dockerfile()), prod));
            out.add(Artifact.text(local(b.dockerfile()) + ".dockerignore", DockerIgnore.of(b, false)));
            out.add(Artifact.text(local(b.devDockerfile()), dev));
            out.add(Artifact.text(local(b.devDockerfile()) + ".dockerignore", DockerIgnore.of(b, true)));
        }
        out.add(Artifact.text("README.md", Readme.of(context, facts, plan)));
        return out;
    }

    /** A path under the output folder ({@code docker/api/Dockerfile}) as a path under this target's folder. */
    private String local(String underOut) {
        return underOut.substring(name().length() + 1);
    }
}
