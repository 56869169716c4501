package dev.forge.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;
import dev.forge.platform.kubernetes.KubeEnv;
import dev.forge.platform.kubernetes.KubeObjects;
import dev.forge.platform.kubernetes.Workloads;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The decisions of the shared object model, on small specs: values of the env contract, identities, jobs. */
class KubeObjectsTest {

    static final String SPEC = """
            forge: 1
            app: shop
            region: eu-west-1
            environments:
              dev: {}
              prod: { account: "123456789012" }
            queues:
              orders: { fifo: true }
            databases:
              main: {}
            secrets:
              stripe-key: {}
            services:
              api:
                image: ghcr.io/acme/api:2.0.1
                env: { STRIPE: secret:stripe-key }
                uses: [queue:orders (publish), database:main]
            jobs:
              nightly:
                image: { build: jobs/nightly }
                schedule: "0 2 * * *"
                timezone: Europe/Dublin
                timeout: 15m
                retries: 3
            """;

    static ResolvedEnv env(String text, String name) {
        ResolvedSpec spec = Pipeline.resolve(SpecSource.of("forge.yaml", text));
        return spec.environments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    static Map<String, KubeEnv.Var> vars(ResolvedEnv env, String workload) {
        return Workloads.of(env).stream().filter(w -> w.name().equals(workload)).findFirst().orElseThrow().env().stream()
                .collect(Collectors.toMap(KubeEnv.Var::name, v -> v));
    }

    @Test
    void givenAQueue_thenItsUrlIsWrittenWhenTheAccountIsKnown_andReadFromSsmOtherwise() {
        assertThat(vars(env(SPEC, "prod"), "api").get("ORDERS_QUEUE_URL").value())
                .isEqualTo("https://sqs.eu-west-1.amazonaws.com/123456789012/shop-orders-prod.fifo");
        KubeEnv.Var dev = vars(env(SPEC, "dev"), "api").get("ORDERS_QUEUE_URL");
        assertThat(dev.value()).isNull();
        assertThat(dev.remote()).isEqualTo(new KubeEnv.Remote(KubeEnv.Store.PARAMETER_STORE, "/shop/dev/orders/url", null));
    }

    @Test
    void givenADatabase_thenHostIsItsExternalNameService_andUserAndPasswordComeFromTheCredentialsSecret() {
        Map<String, KubeEnv.Var> v = vars(env(SPEC, "prod"), "api");

        assertThat(v.get("MAIN_DATABASE_HOST").value()).isEqualTo("database-main.shop-prod.svc.cluster.local");
        assertThat(v.get("MAIN_DATABASE_PORT").value()).isEqualTo("5432");
        assertThat(v.get("MAIN_DATABASE_SECRET_ARN").value()).isEqualTo("/shop/prod/main/credentials");
        assertThat(v.get("MAIN_DATABASE_PASSWORD").remote())
                .isEqualTo(new KubeEnv.Remote(KubeEnv.Store.SECRETS_MANAGER, "/shop/prod/main/credentials", "password"));
        assertThat(v.get("MAIN_DATABASE_USER").remote().property()).isEqualTo("username");
        assertThat(v.get("STRIPE").remote()).isEqualTo(new KubeEnv.Remote(KubeEnv.Store.SECRETS_MANAGER, "/shop/prod/stripe-key", null));
        YamlMap endpoint = object(env(SPEC, "prod"), "Service/database-main");
        assertThat(((YamlMap) endpoint.get("spec")).get("externalName")).isEqualTo("shop-main-prod.shop-prod.internal");
    }

    @Test
    void givenAnAccount_thenServiceAccountsCarryTheirIrsaRole_andSecretStoresAuthenticateAsThem() {
        YamlMap sa = object(env(SPEC, "prod"), "ServiceAccount/api");
        assertThat(((YamlMap) ((YamlMap) sa.get("metadata")).get("annotations")).get("eks.amazonaws.com/role-arn"))
                .isEqualTo("arn:aws:iam::123456789012:role/shop-api-prod");
        assertThat(object(env(SPEC, "prod"), "SecretStore/api-secrets").toString()).contains("serviceAccountRef:", "name: api");
        assertThat(((YamlMap) object(env(SPEC, "dev"), "ServiceAccount/api").get("metadata")).containsKey("annotations")).isFalse();
        assertThat(object(env(SPEC, "dev"), "SecretStore/api-secrets").toString()).doesNotContain("auth:");
    }

    @Test
    void givenAScheduledJob_thenItIsACronJobWithTimeZoneRetriesAndDeadline_andItsImageComesFromTheRegistry() {
        YamlMap cron = object(env(SPEC, "prod"), "CronJob/nightly");
        String text = cron.toString();
        assertThat(text).contains("schedule: \"0 2 * * *\"", "timeZone: Europe/Dublin", "backoffLimit: 3",
                "activeDeadlineSeconds: 900", "restartPolicy: Never",
                "image: \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-nightly-prod:local\"");
        Workload w = Workloads.of(env(SPEC, "dev")).get(1);
        assertThat(w.image()).isEqualTo("shop-nightly:local");
        assertThat(Workloads.of(env(SPEC, "dev")).get(0).version()).isEqualTo("2.0.1");
    }

    @Test
    void givenAnApiUrlReference_thenItIsTheDomain_orWithoutOneTheSsmParameterThePlatformWrites() {
        String spec = SPEC.replace("env: { STRIPE: secret:stripe-key }", "env: { STRIPE: secret:stripe-key, SELF: api:edge.url }")
                + "apis:\n  edge:\n    type: loadbalancer\n    routes:\n      ANY /*: service:api\n";
        assertThat(vars(env(spec, "dev"), "api").get("SELF").remote())
                .isEqualTo(new KubeEnv.Remote(KubeEnv.Store.PARAMETER_STORE, "/shop/dev/edge/url", null));
        String withDomain = spec.replace("    type: loadbalancer\n", "    type: loadbalancer\n    domain: shop.example.com\n");
        assertThat(vars(env(withDomain, "dev"), "api").get("SELF").value()).isEqualTo("https://shop.example.com");
    }

    @Test
    void givenTheObjects_thenTheyComeInApplyOrder_namespaceFirst() {
        List<YamlMap> objects = KubeObjects.objects(env(SPEC, "prod"));
        assertThat(KubeObjects.id(objects.get(0))).isEqualTo("Namespace/shop-prod");
        assertThat(objects).isSortedAccordingTo(KubeObjects.ORDER);
        assertThat(new Ref(Kind.DATABASE, "main")).extracting(KubeEnv::endpointService).isEqualTo("database-main");
    }

    static YamlMap object(ResolvedEnv env, String id) {
        return KubeObjects.objects(env).stream().filter(o -> KubeObjects.id(o).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }
}
