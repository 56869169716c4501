package dev.forge.targets.github;

import dev.forge.model.Architecture;
import dev.forge.model.ContainerRuntime;
import dev.forge.model.ImageSpec;
import dev.forge.model.Ref;
import dev.forge.model.Runtime;
import dev.forge.model.Spec;
import dev.forge.platform.containers.BaseImages;
import dev.forge.platform.containers.Build;
import dev.forge.platform.containers.Builds;
import dev.forge.synth.SynthContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code ci.yml}: on pull requests into the deploy branch and pushes to it, builds and tests every function and
 * service from its folder with its family's toolchain (dependencies cached by the setup action, keyed on the lock
 * file), builds every image Forge writes a Dockerfile for on a runner of the image's architecture (functions: their
 * {@code architecture}; services and jobs: arm64, where both AWS targets run them), and runs {@code forge check},
 * uploading its SARIF to code scanning. Nothing is pushed and no cloud credential is held: deployments are not here.
 */
final class CiWorkflow {

    static final String FILE = "ci.yml";
    static final String SARIF = "forge.sarif";

    /** A folder built and tested: a function's, service's or job's {@code image.build}, or a function's {@code source}. */
    record Unit(String name, String dir, ContainerRuntime family, Runtime runtime, Set<String> files) {
    }

    private CiWorkflow() {
    }

    static Workflow build(SynthContext context, Repo repo) {
        Spec s = context.spec().environments().get(0).spec();
        String branch = s.ci().github().branch();
        Workflow wf = new Workflow("ci", Workflow.pullRequestAndPush(branch, List.of()))
                // a newer push to a pull request supersedes its running checks; pushes to the branch all finish
                .concurrency("ci-${{ github.ref }}", "${{ github.event_name == 'pull_request' }}");
        Builds.Plan plan = Builds.plan(context.spec(), context.layout().map(SynthContext.Layout::specDir));
        for (Unit u : units(s, plan, context)) {
            testJob(u).ifPresent(wf::job);
        }
        for (Build b : plan.builds()) {
            wf.job(imageJob(s, new Ref(b.kind(), b.name()), b.image(), repo));
        }
        // and those built from the spec's own Dockerfile (forge writes none; the image's build steps are the user's)
        ImageBuilds.own(s).forEach((r, image) -> wf.job(imageJob(s, r, image, repo)));
        wf.job(checkJob());
        if (GithubActionsTarget.deploysInfrastructure(s) && CloudFormation.terraform(s)) {
            wf.job(verifyJob(repo));
        }
        return wf;
    }

    /**
     * {@code forge verify --out <out>}: Terraform's own init, validate and plan of the committed terraform-aws output,
     * offline (a schema-serving stand-in for the provider: no credentials, nothing created). Needs the forge jar and
     * its tools/tf-provider folder in the repository (the variables {@code FORGE_JAR} and {@code FORGE_TF_PROVIDER}).
     */
    private static Job verifyJob(Repo repo) {
        Shell sh = new Shell().cmd("java", "-jar", new Shell.Var("FORGE_JAR"), "verify", "--out", repo.out());
        return new Job("forge-verify", "forge verify (Terraform, offline)", 30)
                .permission("contents", "read")
                .step(Step.checkout())
                .step(Step.uses("Set up Java", Actions.SETUP_JAVA).with("distribution", "temurin").with("java-version", "21"))
                .step(Step.uses("Set up Node", Actions.SETUP_NODE).with("node-version", "20"))
                .step(Terraform.setup())
                .step(Step.run("forge verify", sh)
                        .env("FORGE_JAR", "${{ vars.FORGE_JAR || 'tools/forge.jar' }}")
                        .env("FORGE_TF_PROVIDER", "${{ vars.FORGE_TF_PROVIDER || 'tools/tf-provider' }}"));
    }

    /** What is built and tested, by name: images from their plan, zip functions from their source folder. */
    static List<Unit> units(Spec s, Builds.Plan plan, SynthContext context) {
        TreeMap<String, Unit> out = new TreeMap<>();
        for (Build b : plan.builds()) {
            out.put(b.name(), new Unit(b.name(), Repo.fromSpec(b.buildDir()), b.family(), b.lambda(), b.files()));
        }
        new TreeMap<>(s.functions()).forEach((n, f) -> {
            if (f.source() != null && !out.containsKey(n) && f.runtime() != null) {
                BaseImages.family(f.runtime()).ifPresent(family -> out.put(n, new Unit(n, Repo.fromSpec(f.source()),
                        family, f.runtime(), files(context, f.source()))));
            }
        });
        return List.copyOf(out.values());
    }

    private static Set<String> files(SynthContext context, String folder) {
        if (context.layout().isEmpty()) {
            return Set.of();
        }
        Path dir = context.layout().get().specDir().resolve(folder).normalize();
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Job> testJob(Unit u) {
        Job job = new Job("test-" + u.name(), "Build and test " + u.name() + " (" + u.family().spelling() + ")", 30)
                .permission("contents", "read")
                .step(Step.checkout());
        Shell sh = new Shell();
        switch (u.family()) {
            case NODE -> {
                Step setup = Step.uses("Set up Node.js", Actions.SETUP_NODE)
                        .with("node-version", version(u.runtime(), "nodejs", "22"));
                // an image folder has its lock file (the docker target requires it); a function's source may hold
                // plain scripts: the cache needs the lock file, and `npm ci` too
                boolean locked = u.files().isEmpty() || u.files().contains("package-lock.json");
                if (locked) {
                    setup.with("cache", "npm").with("cache-dependency-path", u.dir() + "/package-lock.json");
                    sh.cmd("npm", "ci").cmd("npm", "run", "build", "--if-present").cmd("npm", "test", "--if-present");
                } else if (u.files().contains("package.json")) {
                    sh.cmd("npm", "install", "--no-audit", "--no-fund").cmd("npm", "test", "--if-present");
                } else {
                    sh.raw(Shell.Fragment.NODE_CHECK_SCRIPTS);
                }
                job.step(setup);
            }
            case PYTHON -> {
                Step setup = Step.uses("Set up Python", Actions.SETUP_PYTHON)
                        .with("python-version", version(u.runtime(), "python", "3.12"));
                dependencyFile(u, "requirements.txt", "pyproject.toml").ifPresent(f ->
                        setup.with("cache", "pip").with("cache-dependency-path", u.dir() + "/" + f));
                job.step(setup);
                sh.raw(Shell.Fragment.PIP_INSTALL_DECLARED).cmd("python", "-m", "compileall", "-q", ".")
                        .raw(Shell.Fragment.PYTEST_IF_TESTS);
            }
            case JAVA_MAVEN -> {
                job.step(javaSetup(u, "maven"));
                sh.cmd("mvn", "-B", "--no-transfer-progress", "verify");
            }
            case JAVA_GRADLE -> {
                job.step(javaSetup(u, "gradle"));
                sh.raw(Shell.Fragment.GRADLE_BUILD);
            }
            case GO -> {
                job.step(Step.uses("Set up Go", Actions.SETUP_GO)
                        .with("go-version-file", u.dir() + "/go.mod")
                        .with("cache-dependency-path", u.dir() + "/go.sum"));
                sh.cmd("go", "vet", "./...").cmd("go", "test", "./...");
            }
            case STATIC -> {
                return Optional.empty(); // files served as they are: the image job builds them
            }
        }
        return Optional.of(job.step(Step.run("Build and test", sh).in(u.dir())));
    }

    private static Step javaSetup(Unit u, String cache) {
        return Step.uses("Set up Java", Actions.SETUP_JAVA)
                .with("distribution", "temurin")
                .with("java-version", version(u.runtime(), "java", "21"))
                .with("cache", cache)
                .with("cache-dependency-path", u.dir() + "/" + (cache.equals("maven") ? "pom.xml" : "**/*.gradle*"));
    }

    private static Optional<String> dependencyFile(Unit u, String... candidates) {
        for (String c : candidates) {
            if (u.files().contains(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The toolchain version a function runtime names ({@code python3.12} gives 3.12), else the family's default. */
    static String version(Runtime runtime, String prefix, String fallback) {
        if (runtime == null || !runtime.spelling().startsWith(prefix)) {
            return fallback;
        }
        String v = runtime.spelling().substring(prefix.length());
        return v.endsWith(".x") ? v.substring(0, v.length() - 2) : v;
    }

    /** The architecture an image runs on: a function's own, else arm64 (both AWS targets run tasks on Graviton). */
    static Architecture architecture(Spec s, Build b) {
        return ImageBuilds.architecture(s, new Ref(b.kind(), b.name()));
    }

    /** One image built (not pushed) for its architecture on a runner of that architecture: native, no emulation. */
    private static Job imageJob(Spec s, Ref r, ImageSpec image, Repo repo) {
        Architecture architecture = ImageBuilds.architecture(s, r);
        String platform = ImageBuilds.platform(architecture);
        Shell sh = ImageBuilds.command(r, image, architecture, repo, s.app() + "-" + r.name() + ":ci", false);
        return new Job("image-" + r.name(), "Build the " + r.name() + " image (" + platform + ")", 30)
                .runsOn(ImageBuilds.runner(architecture))
                .permission("contents", "read")
                .step(Step.checkout())
                .step(Step.run("Build the image", sh));
    }

    /** forge check over the spec and what its targets would write; the SARIF goes to code scanning even on findings. */
    static Job checkJob() {
        Shell sh = new Shell().cmd("java", "-jar", new Shell.Var("FORGE_JAR"), "check", "--format", "sarif",
                "--output", SARIF);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.checkout());
        steps.add(Step.uses("Set up Java", Actions.SETUP_JAVA).with("distribution", "temurin").with("java-version", "21"));
        steps.add(Step.run("forge check", sh).id("check")
                .env("FORGE_JAR", "${{ vars.FORGE_JAR || 'tools/forge.jar' }}"));
        steps.add(Step.uses("Upload the findings to code scanning", Actions.UPLOAD_SARIF)
                .when("always() && hashFiles('" + SARIF + "') != ''")
                .with("sarif_file", SARIF).with("category", "forge-check"));
        Job job = new Job("forge-check", "forge check", 15)
                .permission("contents", "read")
                .permission("actions", "read") // upload-sarif reads the run on private repositories
                .permission("security-events", "write"); // the SARIF upload, and nothing else, needs it
        steps.forEach(job::step);
        return job;
    }
}
