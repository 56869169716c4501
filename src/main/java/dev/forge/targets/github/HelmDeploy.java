package dev.forge.targets.github;

import dev.forge.model.ImageSpec;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.platform.aws.EksDeploys;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * deploy.yml's Helm steps for an environment that names the team's EKS cluster ({@link EksDeploys}), after the images
 * are pushed: helm and kubectl installed (pinned versions, checked against their published SHA-256), the kubeconfig
 * from {@code aws eks update-kubeconfig} (the deploy role's {@code eks:DescribeCluster} on that cluster, and its access
 * entry inside it), {@code helm upgrade --install --atomic --wait} of the committed chart with the environment's values
 * file, the images Forge builds pointed at the ECR repositories the job pushed to and tagged by the commit, then a smoke
 * test of each service's health path through its Service ({@code kubectl port-forward}), and {@code helm rollback} to
 * the revision before when a later step fails. A failed upgrade needs no step of its own: {@code --atomic} rolls it
 * back (or uninstalls a first install) before the step fails.
 */
final class HelmDeploy {

    /** How long helm waits for the release's workloads to become ready before --atomic rolls it back. */
    static final String TIMEOUT = "10m";
    /** The local port the smoke tests forward to a Service. */
    static final String LOCAL_PORT = "18080";

    /**
     * The binaries the steps download, pinned by version and checked by the SHA-256 their projects publish beside each
     * file ({@code <file>.sha256sum} for helm, {@code <file>.sha256} for kubectl); each checksum was matched against
     * at least two independent public pins of the same file. To upgrade, change a row here (and the goldens).
     */
    enum Tool {
        HELM("helm", "v3.16.4", "fc307327959aa38ed8f9f7e66d45492bb022a66c3e5da6063958254b9767d179",
                "d3f8f15b3d9ec8c8678fbf3280c3e5902efabe5912e2f9fcf29107efbc8ead69"),
        KUBECTL("kubectl", "v1.33.7", "471d94e208a89be62eb776700fc8206cbef11116a8de2dc06fc0086b0015375b",
                "fa7ee98fdb6fba92ae05b5e0cde0abd5972b2d9a4a084f7052a1fd0dce6bc1de");

        final String name;
        final String version;
        final String amd64;
        final String arm64;

        Tool(String name, String version, String amd64, String arm64) {
            this.name = name;
            this.version = version;
            this.amd64 = amd64;
            this.arm64 = arm64;
        }

        String sha256(boolean arm) {
            return arm ? arm64 : amd64;
        }

        /** The file downloaded: helm's release archive, kubectl's binary itself. */
        String url(boolean arm) {
            String arch = arm ? "arm64" : "amd64";
            return this == HELM ? "https://get.helm.sh/helm-" + version + "-linux-" + arch + ".tar.gz"
                    : "https://dl.k8s.io/release/" + version + "/bin/linux/" + arch + "/kubectl";
        }
    }

    private HelmDeploy() {
    }

    /**
     * Adds the environment's Helm steps to its deploy job (nothing when it names no cluster or the chart deploys
     * nothing); the rollback goes to {@code rollbacks}, run after every deploy step.
     */
    static void add(Job job, ResolvedEnv env, Repo repo, String commit, boolean arm, List<Step> rollbacks) {
        EksDeploys.Target eks = EksDeploys.of(env);
        if (eks == null) {
            return;
        }
        Spec s = env.spec();
        job.step(install(arm));
        job.step(Step.run("Connect to EKS cluster " + eks.cluster(), new Shell()
                .cmd("aws", "eks", "update-kubeconfig", "--name", eks.cluster(), "--region", env.environment().region())));
        String release = EksDeploys.release(env);
        String chart = chart(repo, s);
        String id = "helm";
        Shell upgrade = new Shell()
                .cmd("helm", "list", "--namespace", eks.namespace(), "--filter", "^" + release + "$", "--output", "json",
                        Shell.TO_FILE, new Shell.Var("RELEASES"))
                .capture("PREVIOUS", "jq", "-r", ".[0].revision // empty", new Shell.Var("RELEASES"))
                .output("previous", "PREVIOUS");
        List<Object> words = new ArrayList<>(List.of("helm", "upgrade", "--install", release, chart,
                "--namespace", eks.namespace(), "--values", chart + "/values-" + env.name() + ".yaml",
                // the namespace is the team's (the access entry may change only what is inside it)
                "--set", "namespace.create=false", "--set", Shell.Join.of("imageTag=", new Shell.Var("TAG"))));
        builtImages(s).forEach((key, name) -> {
            words.add("--set");
            words.add(Shell.Join.of(key + ".image.repository=", new Shell.Var("REGISTRY"), "/" + env.naming().base(name)));
        });
        words.addAll(List.of("--atomic", "--wait", "--timeout", TIMEOUT));
        upgrade.cmd(words.toArray()).assign("UPGRADED", Shell.Join.of("true")).output("upgraded", "UPGRADED");
        job.step(Step.run("Install the chart on " + eks.cluster() + " (helm upgrade --install --atomic)", upgrade).id(id)
                .env("RELEASES", "${{ runner.temp }}/helm-releases.json")
                .env("TAG", commit));
        new TreeMap<>(s.services()).forEach((name, service) -> {
            if (service.port() != null && service.health() != null && service.health().path() != null) {
                job.step(smoke(eks, name, service));
            }
        });
        rollbacks.add(Step.run("Roll the chart back to its previous revision", new Shell()
                        .cmd("helm", "rollback", release, new Shell.Var("PREVIOUS"), "--namespace", eks.namespace(),
                                "--wait", "--timeout", TIMEOUT))
                .when("failure() && steps." + id + ".outputs.upgraded == 'true' && steps." + id + ".outputs.previous != ''")
                .env("PREVIOUS", "${{ steps." + id + ".outputs.previous }}"));
    }

    /**
     * The README's once-only setup for the environments that name an EKS cluster (empty when none does): what deploy.yml
     * cannot do with a role that may change only the app's namespace.
     */
    static String setup(dev.forge.synth.SynthContext context, Repo repo) {
        StringBuilder b = new StringBuilder();
        for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
            EksDeploys.Target eks = EksDeploys.of(env);
            if (eks == null) {
                continue;
            }
            if (b.length() == 0) {
                b.append("**EKS clusters** (`").append(DeployWorkflow.FILE).append("` installs the chart `")
                        .append(chart(repo, env.spec())).append("` there, committed with the other outputs: `forge synth")
                        .append(" --target helm`). Forge does not create the clusters. Once per environment: the cluster's")
                        .append(" authentication mode includes EKS API access entries (`API` or `API_AND_CONFIG_MAP`), so the")
                        .append(" deploy role's access entry (both AWS targets write it: `").append(EksDeploys.ACCESS_POLICY)
                        .append("` on the app's namespace only) applies; the namespace exists, labelled")
                        .append(" `pod-security.kubernetes.io/enforce=restricted` (the role may not create it); with secrets,")
                        .append(" databases or caches, the External Secrets Operator is installed and a RoleBinding in the")
                        .append(" namespace gives the role's Kubernetes group the operator's `external-secrets-edit`")
                        .append(" ClusterRole (EKS access policies do not cover custom resources); the nodes run arm64 images.\n\n")
                        .append("| environment | cluster | namespace | group |\n|---|---|---|---|\n");
            }
            b.append("| ").append(env.name()).append(" | `").append(eks.cluster()).append("` (").append(env.environment().region())
                    .append(") | `").append(eks.namespace()).append("` | `").append(eks.group()).append("` |\n");
        }
        return b.length() == 0 ? "" : b.append("\n").toString();
    }

    /** The chart's folder in the repository: the helm target's output, committed ({@code out/helm/<app>}). */
    static String chart(Repo repo, Spec s) {
        return repo.output("helm/" + s.app());
    }

    /**
     * The values key of every workload whose image CI builds and pushes ({@code services.<name>} or {@code jobs.<name>},
     * to the spec name): their repository becomes the ECR repository the job pushed to, their tag the commit
     * ({@code imageTag}, which applies to built images only). Images given by reference keep theirs.
     */
    static Map<String, String> builtImages(Spec s) {
        Map<String, String> out = new TreeMap<>();
        s.services().forEach((n, x) -> {
            if (built(x.image())) {
                out.put("services." + n, n);
            }
        });
        s.jobs().forEach((n, j) -> {
            if (built(j.image())) {
                out.put("jobs." + n, n);
            }
        });
        return out;
    }

    private static boolean built(ImageSpec image) {
        return image != null && image.build() != null;
    }

    /** helm and kubectl into {@code $RUNNER_TEMP/bin}, each checked against its pinned SHA-256 before it is used. */
    private static Step install(boolean arm) {
        Shell sh = new Shell().cmd("mkdir", "-p", Shell.Join.of(new Shell.Var("RUNNER_TEMP"), "/bin"));
        for (Tool t : Tool.values()) {
            String file = t == Tool.HELM ? "/helm.tar.gz" : "/bin/kubectl";
            Shell.Join path = Shell.Join.of(new Shell.Var("RUNNER_TEMP"), file);
            sh.cmd("curl", "--fail", "--silent", "--show-error", "--location", "--proto", "=https", "--output", path, t.url(arm))
                    .cmd("printf", "%s  %s\\n", t.sha256(arm), path, Shell.TO_FILE,
                            Shell.Join.of(new Shell.Var("RUNNER_TEMP"), "/" + t.name + ".sha256"))
                    .cmd("sha256sum", "--check", "--strict", Shell.Join.of(new Shell.Var("RUNNER_TEMP"), "/" + t.name + ".sha256"));
            if (t == Tool.HELM) {
                String dir = "linux-" + (arm ? "arm64" : "amd64");
                sh.cmd("tar", "-xzf", path, "-C", new Shell.Var("RUNNER_TEMP"), dir + "/helm")
                        .cmd("install", "-m", "0755", Shell.Join.of(new Shell.Var("RUNNER_TEMP"), "/" + dir + "/helm"),
                                Shell.Join.of(new Shell.Var("RUNNER_TEMP"), "/bin/helm"));
            } else {
                sh.cmd("chmod", "0755", path);
            }
        }
        sh.cmd("echo", Shell.Join.of(new Shell.Var("RUNNER_TEMP"), "/bin"), Shell.TO_OUTPUT, new Shell.Var("GITHUB_PATH"));
        return Step.run("Install helm " + Tool.HELM.version + " and kubectl " + Tool.KUBECTL.version + " (checksums pinned)", sh);
    }

    /**
     * The service's health path through its Service: {@code kubectl port-forward} to the Service (the edit policy's
     * {@code pods/portforward}) and {@code curl --fail} of the path, retried while the forward starts.
     */
    private static Step smoke(EksDeploys.Target eks, String name, ServiceSpec service) {
        return Step.run("Smoke-test " + name + " on " + eks.cluster(), new Shell().raw(Shell.Fragment.PORT_FORWARD_SMOKE))
                .env("NAMESPACE", eks.namespace())
                .env("SERVICE", name)
                .env("LOCAL_PORT", LOCAL_PORT)
                .env("PORT", String.valueOf(service.port()))
                .env("HEALTH_PATH", service.health().path());
    }
}
