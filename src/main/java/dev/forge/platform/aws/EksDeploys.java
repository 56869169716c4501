package dev.forge.platform.aws;

import dev.forge.model.Spec;
import dev.forge.platform.kubernetes.KubeEnv;
import dev.forge.resolve.ResolvedEnv;

/**
 * Where CI installs the app's Helm chart, for both AWS targets' deploy roles and github-actions' deploy.yml: the
 * team's existing EKS cluster an environment names ({@code environments.<env>.kubernetes.cluster}), when the app has
 * workloads the chart deploys (services or jobs). Forge does not create the cluster; it gives the environment's deploy
 * role exactly what {@code helm upgrade --install} there needs:
 * <ul>
 *   <li>IAM: {@link IamActions#DEPLOY_EKS_DESCRIBE} on exactly that cluster's ARN ({@code aws eks update-kubeconfig}
 *       reads the endpoint and certificate with it; {@code aws eks get-token}, which kubeconfig then runs, signs a
 *       presigned STS call and needs no permission).</li>
 *   <li>Kubernetes: an EKS access entry for the role with the access policy {@value #ACCESS_POLICY} scoped to the
 *       app's namespace only ({@link KubeEnv#namespace}, the chart's). Why Edit: it is the narrowest managed policy
 *       that creates what the chart holds (Deployments, CronJobs and Jobs, Services, ConfigMaps, ServiceAccounts,
 *       HPAs, PDBs, NetworkPolicies, Ingresses) and the Secrets Helm stores its releases in; View cannot write, and
 *       Admin adds Roles and RoleBindings, which the chart has none of. Namespace-scoped, it cannot create the
 *       namespace: the team creates it once (deploy.yml installs with {@code namespace.create=false}, no
 *       {@code --create-namespace}). The entry also puts the role in the Kubernetes group {@link #group}: EKS access
 *       policies do not cover custom resources, so the External Secrets objects of a chart with secrets
 *       ({@code external-secrets.io} SecretStores and ExternalSecrets) need the team's RoleBinding of that group in
 *       the namespace (to the operator's {@code external-secrets-edit} ClusterRole).</li>
 * </ul>
 */
public final class EksDeploys {

    /** The EKS access policy (by name; its ARN is {@code arn:<partition>:eks::aws:cluster-access-policy/<name>}). */
    public static final String ACCESS_POLICY = "AmazonEKSEditPolicy";
    /** The deploy role's statement (Sid) allowing {@link IamActions#DEPLOY_EKS_DESCRIBE}, in both targets. */
    public static final String SID = "DescribeCluster";
    /** The access entry's type: a standard IAM principal. */
    public static final String ENTRY_TYPE = "STANDARD";
    /** The access policy association's scope: namespaces, not the cluster. */
    public static final String SCOPE = "namespace";

    /** One environment's chart install: the cluster, the namespace it may change, the group it joins. */
    public record Target(String cluster, String namespace, String group) {
    }

    private EksDeploys() {
    }

    /** Whether the chart deploys anything: it renders services and jobs (the helm target's own condition). */
    public static boolean hasWorkloads(Spec s) {
        return !s.services().isEmpty() || !s.jobs().isEmpty();
    }

    /** Whether any environment of the spec names a cluster its chart is installed on. */
    public static boolean any(Spec s) {
        return hasWorkloads(s) && s.environments() != null && s.environments().values().stream()
                .anyMatch(e -> e != null && e.kubernetes() != null && e.kubernetes().cluster() != null);
    }

    /** The environment's chart install, or null when it names no cluster or the chart deploys nothing. */
    public static Target of(ResolvedEnv env) {
        String cluster = env.environment().eksCluster();
        if (cluster == null || !hasWorkloads(env.spec())) {
            return null;
        }
        return new Target(cluster, KubeEnv.namespace(env), group(env));
    }

    /** The Kubernetes group the deploy role's access entry puts it in: the role's own name. */
    public static String group(ResolvedEnv env) {
        return env.naming().base("deploy");
    }

    /** The Helm release: the app's name (the chart's), one per namespace. */
    public static String release(ResolvedEnv env) {
        return env.spec().app();
    }
}
