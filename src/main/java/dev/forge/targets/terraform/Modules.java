package dev.forge.targets.terraform;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Which modules a spec needs (over all its environments, so a narrowed run emits the same modules). */
final class Modules {

    private Modules() {
    }

    static List<TfModule> needed(ResolvedSpec spec) {
        List<Spec> envs = spec.environments().stream().map(ResolvedEnv::spec).toList();
        List<TfModule> out = new ArrayList<>();
        boolean functions = envs.stream().anyMatch(s -> !s.functions().isEmpty());
        if (functions) {
            // a function CodeDeploy shifts (platform.aws.LambdaDeployments) leaves its alias to CodeDeploy too
            out.add(LambdaModule.build(ciDeploysImages(envs) || codeDeploys(envs)));
            out.add(IamModule.build());
            out.add(MonitoringModule.build());
        } else if (envs.stream().anyMatch(s -> !s.tables().isEmpty() || !s.queues().isEmpty() || RootMonitoringFeeds.any(s))) {
            out.add(MonitoringModule.build());
        }
        if (envs.stream().anyMatch(s -> s.apis().values().stream().anyMatch(a -> a.type() == ApiType.HTTP && servesFunctions(a)))) {
            out.add(HttpApiModule.build());
        }
        int depth = envs.stream().flatMap(s -> s.apis().values().stream())
                .filter(a -> a.type() == ApiType.REST && servesFunctions(a))
                .mapToInt(RestRoutes::depth).max().orElse(0);
        if (depth > 0) {
            out.add(RestApiModule.build(depth));
        }
        if (envs.stream().anyMatch(s -> !s.tables().isEmpty())) {
            out.add(DynamoDbModule.build());
        }
        if (envs.stream().anyMatch(s -> !s.buckets().isEmpty() || RootArtifacts.needed(s))) {
            out.add(S3Module.build());
        }
        if (envs.stream().anyMatch(s -> !s.queues().isEmpty())) {
            out.add(SqsModule.build());
        }
        if (envs.stream().anyMatch(s -> !orEmpty(s.topics()).isEmpty())) {
            out.add(SnsModule.build());
        }
        if (envs.stream().anyMatch(s -> !s.parameters().isEmpty() || hasSecrets(s, SecretStore.SSM))) {
            out.add(StoreModules.ssm());
        }
        if (envs.stream().anyMatch(s -> hasSecrets(s, SecretStore.SECRETS_MANAGER))) {
            out.add(StoreModules.secrets());
        }
        if (envs.stream().anyMatch(s -> s.functions().values().stream().anyMatch(f -> f.image() != null && f.image().build() != null))
                || envs.stream().anyMatch(Modules::buildsContainers)) {
            out.add(StoreModules.ecr());
        }
        if (envs.stream().anyMatch(s -> !s.databases().isEmpty())) {
            out.add(RdsPostgresModule.build());
        }
        if (envs.stream().anyMatch(s -> !orEmpty(s.caches()).isEmpty())) {
            out.add(ElastiCacheModule.build());
        }
        if (envs.stream().anyMatch(s -> !s.services().isEmpty() || !s.jobs().isEmpty())) {
            out.add(EcsClusterModule.build());
        }
        if (envs.stream().anyMatch(s -> !s.services().isEmpty())) {
            out.add(EcsServiceModule.build());
        }
        if (envs.stream().anyMatch(s -> !s.jobs().isEmpty())) {
            out.add(EcsJobModule.build());
        }
        if (envs.stream().anyMatch(s -> s.apis().values().stream().anyMatch(a -> a.type() == ApiType.LOADBALANCER))) {
            out.add(LoadBalancerModule.build());
        }
        if (envs.stream().anyMatch(s -> !dev.forge.platform.aws.LambdaDeployments.of(s).isEmpty())) {
            out.add(LambdaDeploymentsModule.build());
        }
        if (envs.stream().anyMatch(Modules::oidc)) {
            out.add(GithubOidcModule.build());
        }
        if (envs.stream().anyMatch(dev.forge.platform.aws.NetworkEdges::needed)) {
            out.add(NetworkModule.build());
        }
        if (envs.stream().anyMatch(s -> s.apis().values().stream().anyMatch(RootUserPools::creates))) {
            out.add(CognitoModule.build());
        }
        if (envs.stream().anyMatch(s -> RootBudget.amount(s.budget()))) {
            out.add(BudgetModule.build());
        }
        if (has(out, RootWaf.LOAD_BALANCER_MODULE) && envs.stream().anyMatch(s -> s.apis().values().stream().anyMatch(RootWaf::wanted))) {
            out.add(WafModule.build());
        }
        out.sort(Comparator.comparing(TfModule::name));
        return List.copyOf(out);
    }

    /** Whether a service or job image is built from a directory (it gets an ECR repository). */
    static boolean buildsContainers(Spec s) {
        return s.services().values().stream().anyMatch(x -> x.image() != null && x.image().build() != null)
                || s.jobs().values().stream().anyMatch(j -> j.image() != null && j.image().build() != null);
    }

    /** Whether CodeDeploy shifts some function's alias in some environment (platform.aws.LambdaDeployments). */
    static boolean codeDeploys(List<Spec> envs) {
        return envs.stream().anyMatch(s -> !dev.forge.platform.aws.LambdaDeployments.of(s).isEmpty());
    }

    static boolean ciDeploysImages(List<Spec> envs) {
        return envs.stream().anyMatch(s -> s.ci() != null
                && s.functions().values().stream().anyMatch(f -> f.image() != null && f.image().build() != null));
    }

    static boolean oidc(Spec s) {
        return s.ci() != null && Boolean.TRUE.equals(s.ci().oidc()) && (dev.forge.platform.aws.GithubOidc.deploysCode(s)
                || dev.forge.platform.aws.GithubOidc.costReport(s));
    }

    static boolean hasSecrets(Spec s, SecretStore store) {
        return s.secrets().values().stream().anyMatch(x -> x.store() == store);
    }

    static boolean servesFunctions(ApiSpec a) {
        return dev.forge.platform.aws.ApiRoutes.servesFunctions(a);
    }

    static boolean has(List<TfModule> modules, String name) {
        return modules.stream().anyMatch(m -> m.name().equals(name));
    }

    static <V> Map<String, V> orEmpty(Map<String, V> m) {
        return m == null ? Map.of() : m;
    }
}
