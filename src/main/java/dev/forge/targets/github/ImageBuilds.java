package dev.forge.targets.github;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.model.Architecture;
import dev.forge.model.FieldPaths;
import dev.forge.model.FunctionSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.platform.aws.EcrRepositories;
import dev.forge.platform.containers.Builds;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How CI builds an image the app builds from a folder ({@code image.build}), in {@code ci.yml} and {@code deploy.yml}
 * alike: {@code docker buildx build} of forge's Dockerfile ({@code <out>/docker/<name>/Dockerfile}, the docker target's,
 * whose final stage and build arguments are written into it), or of the spec's own ({@code image.dockerfile}, relative
 * to the build folder) with its {@code target} stage and {@code args} as {@code --target} and {@code --build-arg}; the
 * build folder is the context. Each image is built for its own architecture on a runner of that architecture (GitHub's
 * {@code ubuntu-24.04-arm} for arm64, {@code ubuntu-24.04} for x86_64): native builds, no QEMU emulation (a compiling
 * build under emulation is several times slower, and setting it up needs one more third-party action or a privileged
 * container). A deploy job runs on one runner, so an environment whose images mix both architectures builds those of
 * the other architecture in a job of their own ({@link #otherArchitecture}), before its deploy job.
 *
 * <p>The spec's paths and values become words of a script: they are checked here (the repository's root is the spec's
 * folder; paths stay inside it and use plain characters; no {@code ${{}} GitHub would evaluate) before any workflow is
 * written, and quoted as words by {@link Shell}.
 */
final class ImageBuilds {

    /** Characters a path of the spec may use in a workflow: no whitespace, quotes, {@code $}, braces or backslashes. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._@+/-]+");
    /** A Dockerfile build stage's name. */
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ImageBuilds() {
    }

    /**
     * Every problem of the spec's build folders, own Dockerfiles, targets and build arguments as CI would use them,
     * thrown at once at the spec's lines: a path outside the repository (the spec's folder) or with characters a
     * workflow must not carry, a stage name that is not one, a build argument GitHub would evaluate.
     */
    static void check(ResolvedSpec spec) {
        Spec s = spec.environments().get(0).spec();
        List<Diagnostic> errors = new ArrayList<>();
        images(s).forEach((ref, image) -> {
            String at = FieldPaths.child(FieldPaths.child(ref.kind().section(), ref.name()), "image");
            String who = ref.kind().spelling() + " '" + ref.name() + "'";
            String build = problem(image.build());
            if (build != null) {
                errors.add(Diagnostic.error(spec.at(FieldPaths.child(at, "build")), Code.E110, who + ": build folder '"
                        + image.build() + "' " + build, FIX));
            }
            if (image.dockerfile() != null) {
                String file = ownProblem(image);
                if (file != null) {
                    errors.add(Diagnostic.error(spec.at(FieldPaths.child(at, "dockerfile")), Code.E110, who
                            + ": Dockerfile '" + image.dockerfile() + "' (relative to build folder '" + image.build()
                            + "') " + file, FIX));
                }
                if (image.target() != null && !STAGE.matcher(image.target()).matches()) {
                    errors.add(Diagnostic.error(spec.at(FieldPaths.child(at, "target")), Code.E110, who + ": target '"
                            + image.target() + "' is not a build stage name (letters, digits, '.', '_', '-')",
                            "Name the Dockerfile's stage (FROM ... AS <name>) and use that name."));
                }
                if (image.args() != null) {
                    new TreeMap<>(image.args()).forEach((k, v) -> {
                        if (v != null && v.contains("${{")) {
                            errors.add(Diagnostic.error(spec.at(FieldPaths.child(FieldPaths.child(at, "args"), k)), Code.E110,
                                    who + ": build argument " + k + " holds '${{', which GitHub would evaluate in the"
                                            + " workflow", "Give the value without '${{'."));
                        }
                    });
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new SpecException(errors);
        }
    }

    private static final String FIX = "Give a path relative to forge.yaml's folder (the repository's root), inside it,"
            + " of letters, digits and . _ @ + / -.";

    /** Why the spec's own Dockerfile (relative to the build folder) cannot be used in a workflow, or null. */
    private static String ownProblem(ImageSpec image) {
        return image.dockerfile().startsWith("/") ? "is absolute: CI sees only the repository"
                : problem(image.build() + "/" + image.dockerfile());
    }

    /** Why a path from the spec's folder cannot be used in a workflow, or null. */
    static String problem(String path) {
        if (!PATH.matcher(path).matches()) {
            return "has characters a workflow must not carry (only letters, digits and . _ @ + / -)";
        }
        if (path.startsWith("/")) {
            return "is absolute: CI sees only the repository";
        }
        String normal = Path.of(path).normalize().toString().replace('\\', '/');
        if (normal.equals("..") || normal.startsWith("../")) {
            return "is outside the repository (the folder of forge.yaml): CI checks out only the repository";
        }
        return null;
    }

    /** Every image built from a folder, by principal: services, jobs and functions, each by name. */
    static Map<Ref, ImageSpec> images(Spec s) {
        Map<Ref, ImageSpec> out = new java.util.LinkedHashMap<>();
        new TreeMap<>(s.services()).forEach((n, x) -> add(out, Kind.SERVICE, n, x.image()));
        new TreeMap<>(s.jobs()).forEach((n, x) -> add(out, Kind.JOB, n, x.image()));
        new TreeMap<>(s.functions()).forEach((n, x) -> add(out, Kind.FUNCTION, n, x.image()));
        return out;
    }

    private static void add(Map<Ref, ImageSpec> out, Kind kind, String name, ImageSpec image) {
        if (image != null && image.build() != null) {
            out.put(new Ref(kind, name), image);
        }
    }

    /** The images built from the spec's own Dockerfile ({@code image.dockerfile}): forge writes none for them. */
    static Map<Ref, ImageSpec> own(Spec s) {
        Map<Ref, ImageSpec> out = new java.util.LinkedHashMap<>();
        images(s).forEach((r, i) -> {
            if (i.dockerfile() != null) {
                out.put(r, i);
            }
        });
        return out;
    }

    /** The architecture an image runs on: a function's own (default arm64); services and jobs arm64 (Graviton). */
    static Architecture architecture(Spec s, Ref r) {
        if (r.kind() == Kind.FUNCTION) {
            FunctionSpec f = s.functions().get(r.name());
            return f == null || f.architecture() == null ? Architecture.ARM64 : f.architecture();
        }
        return Architecture.ARM64;
    }

    static String platform(Architecture a) {
        return a == Architecture.ARM64 ? "linux/arm64" : "linux/amd64";
    }

    /** The runner of an architecture: GitHub's Arm runner for arm64 (native), the x86-64 one otherwise. */
    static String runner(Architecture a) {
        return a == Architecture.ARM64 ? Job.ARM_RUNNER : Job.RUNNER;
    }

    /**
     * The architecture of an environment's deploy job's runner: arm64 when anything it builds is (an image, or a zip
     * function whose vendored dependencies may be native), else x86_64.
     */
    static Architecture deployRunner(Spec s) {
        boolean arm = EcrRepositories.of(s).stream().anyMatch(r -> architecture(s, r) == Architecture.ARM64)
                || s.functions().values().stream().anyMatch(f -> f.source() != null
                        && (f.architecture() == null || f.architecture() == Architecture.ARM64));
        return arm ? Architecture.ARM64 : Architecture.X86_64;
    }

    /** Whether the environment builds images of both architectures (then {@link #otherArchitecture} writes a job). */
    static boolean mixesArchitectures(Spec s) {
        Architecture runner = deployRunner(s);
        return EcrRepositories.of(s).stream().anyMatch(r -> architecture(s, r) != runner);
    }

    /**
     * {@code docker buildx build} of one image for its architecture: forge's Dockerfile or the spec's own (with its
     * target and build arguments), the build folder as context, tagged {@code tag} ({@code --push} when pushing).
     */
    static Shell command(Ref r, ImageSpec image, Architecture architecture, Repo repo, Object tag, boolean push) {
        List<Object> words = new ArrayList<>(List.of("docker", "buildx", "build", "--platform", platform(architecture),
                "--file", dockerfile(r, image, repo)));
        if (image.dockerfile() != null) {
            if (image.target() != null) {
                words.add("--target");
                words.add(image.target());
            }
            if (image.args() != null) {
                new TreeMap<>(image.args()).forEach((k, v) -> {
                    words.add("--build-arg");
                    words.add(k + "=" + v);
                });
            }
        }
        words.add("--tag");
        words.add(tag);
        if (push) {
            if (r.kind() == Kind.FUNCTION) {
                // Lambda takes a single-platform image manifest, not an index carrying a provenance attestation
                words.add("--provenance=false");
            }
            words.add("--push");
        }
        words.add(context(image));
        return new Shell().cmd(words.toArray());
    }

    /** The Dockerfile, from the repository's root: the spec's own (relative to the build folder), else forge's. */
    static String dockerfile(Ref r, ImageSpec image, Repo repo) {
        if (image.dockerfile() != null) {
            if (ownProblem(image) != null) {
                throw new IllegalStateException("'" + image.dockerfile() + "' " + ownProblem(image)); // check() reports it
            }
            return checked(image.build() + "/" + image.dockerfile());
        }
        return repo.output(Builds.dockerfile(r.name()));
    }

    /** The build context, from the repository's root. */
    static String context(ImageSpec image) {
        return checked(image.build());
    }

    private static String checked(String path) {
        String why = problem(path);
        if (why != null) {
            // check() reports it at the spec's line before any workflow is built
            throw new IllegalStateException("'" + path + "' " + why);
        }
        return Repo.fromSpec(path);
    }

    /**
     * The steps building and pushing an environment's images of one architecture to its ECR repositories, tagged by
     * {@code commit} (an expression: the pushed commit, or promote.yml's checked version).
     */
    static List<Step> pushSteps(ResolvedEnv env, Repo repo, String commit, Architecture architecture) {
        Spec s = env.spec();
        List<Step> out = new ArrayList<>();
        for (Ref r : EcrRepositories.of(s)) {
            Architecture a = architecture(s, r);
            if (a != architecture) {
                continue;
            }
            ImageSpec image = image(s, r);
            out.add(Step.run("Build and push the " + r.name() + " image (" + platform(a) + ")",
                            command(r, image, a, repo, new Shell.Var("IMAGE"), true))
                    .env("IMAGE", "${{ env.REGISTRY }}/" + env.naming().base(r.name()) + ":" + commit));
        }
        return out;
    }

    /**
     * When an environment's images mix architectures, the job {@code images-<env>-<arch>} building and pushing those
     * not of the deploy job's runner, on a runner of their own architecture: bound to the environment with the same
     * deploy role as the deploy job (whose pushes it makes, nothing more), only on the spec's repository and branch.
     * The deploy job needs it. Empty when every image is of the deploy runner's architecture.
     */
    static Optional<Job> otherArchitecture(ResolvedEnv env, Repo repo, String sha) {
        Spec s = env.spec();
        Architecture runner = deployRunner(s);
        Architecture other = runner == Architecture.ARM64 ? Architecture.X86_64 : Architecture.ARM64;
        String commit = sha == null ? "${{ github.sha }}" : sha;
        List<Step> pushes = pushSteps(env, repo, commit, other);
        if (pushes.isEmpty()) {
            return Optional.empty();
        }
        String arch = other == Architecture.ARM64 ? "arm64" : "amd64";
        Job job = new Job("images-" + env.name() + "-" + arch, "Build and push the " + env.name() + " "
                + platform(other) + " images", 60)
                .runsOn(runner(other))
                .environment(env.name())
                .when("github.repository == '" + s.ci().github().repo() + "' && github.ref == 'refs/heads/"
                        + s.ci().github().branch() + "'")
                .permission("contents", "read")
                .permission("id-token", "write")
                .step(sha == null ? Step.checkout() : Step.checkout().with("ref", sha))
                .step(Step.uses("Assume the " + env.name() + " deploy role (OIDC)", Actions.CONFIGURE_AWS_CREDENTIALS)
                        .with("role-to-assume", "${{ vars." + DeployWorkflow.ROLE_VARIABLE + " }}")
                        .with("aws-region", env.environment().region()))
                .step(Step.run("Log in to ECR", new Shell().raw(Shell.Fragment.ECR_LOGIN)));
        pushes.forEach(job::step);
        return Optional.of(job);
    }

    static ImageSpec image(Spec s, Ref r) {
        return switch (r.kind()) {
            case FUNCTION -> s.functions().get(r.name()).image();
            case SERVICE -> s.services().get(r.name()).image();
            default -> s.jobs().get(r.name()).image();
        };
    }
}
