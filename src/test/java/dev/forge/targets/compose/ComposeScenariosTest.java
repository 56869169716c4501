package dev.forge.targets.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.NodeTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * src/test/resources/compose/shop.yaml: every stand-in, a job, a secret value, parameters with and without a value,
 * an API URL reference, two services on one port, a valkey cache, a FIFO queue, a table with an index, TTL and stream.
 */
class ComposeScenariosTest {

    static final Path SHOP = Path.of("src/test/resources/compose/shop.yaml");
    static final String PLANTED = "sk_live_PLANTEDsecretVALUE0123456789abcd";

    static ResolvedSpec shop() throws IOException {
        return ComposeFixtures.resolveText(Files.readString(SHOP));
    }

    static List<Artifact> synthShop(Path specDir) throws IOException {
        return ComposeFixtures.synth(shop(), specDir);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(List<Artifact> files, String name) {
        return ComposeFixtures.services(ComposeFixtures.file(files, "docker-compose.yml")).get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> env(List<Artifact> files, String name) {
        return (Map<String, Object>) service(files, name).get("environment");
    }

    @Test
    void givenALocalEnvironment_whenSynthesized_thenComposeRendersItAndNotTheFirst(@TempDir Path dir) throws IOException {
        List<Artifact> files = synthShop(dir);

        assertThat(ComposeTarget.environment(shop().environments()).name()).isEqualTo("local");
        assertThat(env(files, "api")).containsEntry("ENVIRONMENT", "local").containsEntry("CARTS_TABLE_NAME", "shop-carts-local");
    }

    @Test
    void givenTheShop_thenEverythingIsWiredAndTheContractIsExact(@TempDir Path dir) throws IOException {
        List<Artifact> files = synthShop(dir);
        ResolvedEnv local = ComposeTarget.environment(shop().environments());

        ComposeWiring.assertWired(files);
        ComposeWiring.assertContract(local, files);
        ComposeWiring.assertEnvExampleComplete(files);
        ComposeWiring.assertStandIns(local, files);
    }

    @Test
    void givenTheShop_thenItsComposeFilesValidateAgainstTheComposeSchema(@TempDir Path dir) throws IOException {
        Path out = ComposeFixtures.write(synthShop(dir), dir.resolve("out/compose"));

        NodeTool.Result r = NodeTool.run("compose-check.js", out);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.stdout());
        assertThat(report.get("files").asInt()).isEqualTo(2);
        assertThat(report.get("findings")).as(r.stdout()).isEmpty();
    }

    @Test
    void givenTheComposeCheck_whenAFileBreaksTheSchema_thenItReportsIt(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("docker-compose.yml");
        Files.writeString(bad, "services:\n  api:\n    image: x:1\n    depends_on: { db: { condition: when_ready } }\n    bogus: 1\n");

        NodeTool.Result r = NodeTool.run("compose-check.js", bad);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(new ObjectMapper().readTree(r.stdout()).get("findings").size()).as(r.stdout()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void givenASecretValueInDotEnvAndTheStore_whenSynthesized_thenNoOutputHoldsIt(@TempDir Path dir) throws IOException {
        // the places a real value lives: the developer's .env and a local copy of the store path
        Files.writeString(dir.resolve(".env"), "SECRET_STRIPE_KEY=" + PLANTED + "\nPOSTGRES_ORDERS_PASSWORD=" + PLANTED + "\n");
        Files.createDirectories(dir.resolve("shop/local"));
        Files.writeString(dir.resolve("shop/local/stripe-key"), PLANTED);

        List<Artifact> files = synthShop(dir);

        for (Artifact a : files) {
            assertThat(a.text()).as(a.path()).doesNotContain(PLANTED).doesNotContain("sk_live");
        }
        assertThat(env(files, "api").get("STRIPE_KEY")).isEqualTo("${SECRET_STRIPE_KEY:?set SECRET_STRIPE_KEY in .env (see .env.example)}");
        assertThat(env(files, "api").get("ORDERS_DATABASE_PASSWORD")).asString().startsWith("${POSTGRES_ORDERS_PASSWORD:?");
        assertThat(ComposeFixtures.file(files, ".env.example").text())
                .contains("# value of secret 'stripe-key': Stripe API key. (secret: keep it out of version control)\nSECRET_STRIPE_KEY=\n")
                .contains("\nPOSTGRES_ORDERS_PASSWORD=\n");
        assertThat(ComposeFixtures.file(files, ".gitignore").text()).contains("\n.env\n");
    }

    @Test
    void givenStoreValuesAndReferences_thenTheyReachTheServiceAsTheStandInsNeedThem(@TempDir Path dir) throws IOException {
        Map<String, Object> api = env(synthShop(dir), "api");

        assertThat(api).containsEntry("GREETING", "hello $$USER") // compose would interpolate a lone $
                .containsEntry("BANNER", "${PARAMETER_BANNER:?set PARAMETER_BANNER in .env (see .env.example)}")
                .containsEntry("PUBLIC_URL", "${API_PUBLIC_URL:?set API_PUBLIC_URL in .env (see .env.example)}")
                .containsEntry("CARTS", "shop-carts-local")
                .containsEntry("ORDERS_QUEUE_URL", "http://elasticmq:9324/000000000000/shop-orders-local.fifo")
                .containsEntry("UPLOADS_BUCKET_NAME", "shop-uploads-local")
                .containsEntry("ORDERS_DATABASE_HOST", "postgres-orders").containsEntry("ORDERS_DATABASE_PORT", "5432")
                .containsEntry("ORDERS_DATABASE_NAME", "orders_db").containsEntry("ORDERS_DATABASE_USER", "orders_db")
                .containsEntry("ORDERS_DATABASE_SECRET_ARN", "/shop/local/orders/credentials")
                .containsEntry("SESSIONS_CACHE_HOST", "valkey-sessions").containsEntry("SESSIONS_CACHE_PORT", "6379")
                .containsEntry("CLAUDE_MODEL_ID", "anthropic.claude-3-5-haiku-20241022-v1:0")
                .containsEntry("THUMBNAILER_FUNCTION_NAME", "shop-thumbnailer-local")
                .containsEntry("ORDER_EVENTS_TOPIC_ARN", "arn:aws:sns:eu-west-1:000000000000:shop-order-events-local")
                .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", "http://dynamodb:8000")
                .containsEntry("AWS_ENDPOINT_URL_S3", "http://minio:9000")
                .containsEntry("AWS_ENDPOINT_URL_SQS", "http://elasticmq:9324")
                .containsEntry("AWS_REGION", "eu-west-1");
        assertThat(ComposeFixtures.file(synthShop(dir), ".env.example").text()).contains("\nAPI_PUBLIC_URL=http://localhost:8080\n");
    }

    @Test
    void givenTwoServicesOnOnePort_thenTheSecondIsPublishedOnTheNextFreeHostPort(@TempDir Path dir) throws IOException {
        List<Artifact> files = synthShop(dir);

        assertThat(service(files, "api").get("ports")).isEqualTo(List.of("127.0.0.1:8080:8080"));
        assertThat(service(files, "admin").get("ports")).isEqualTo(List.of("127.0.0.1:8081:8080"));
        assertThat(env(files, "admin")).containsEntry("API_URL", "http://api:8080").containsEntry("HOT_HOST", "redis-hot")
                .doesNotContainKey("AWS_REGION");
        assertThat(service(files, "admin")).containsEntry("image", "ghcr.io/acme/admin:2.1.0").doesNotContainKey("build");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAJob_thenItRunsOnceUnderTheJobsProfileWithItsContract(@TempDir Path dir) throws IOException {
        Map<String, Object> job = service(synthShop(dir), "migrate");

        assertThat(job).containsEntry("profiles", List.of("jobs")).containsEntry("restart", "no")
                .containsEntry("image", "shop-migrate:local").containsEntry("command", List.of("npm", "run", "migrate"))
                .doesNotContainKeys("ports", "healthcheck");
        assertThat((Map<String, Object>) job.get("build")).containsEntry("context", "../../services/api")
                .containsEntry("dockerfile", "Dockerfile.migrate");
        assertThat((Map<String, Object>) job.get("depends_on"))
                .containsEntry("postgres-orders", Map.of("condition", "service_healthy"));
        assertThat(((Map<String, Object>) job.get("environment")).keySet()).containsExactly("ENVIRONMENT",
                "ORDERS_DATABASE_HOST", "ORDERS_DATABASE_NAME", "ORDERS_DATABASE_PASSWORD", "ORDERS_DATABASE_PORT",
                "ORDERS_DATABASE_SECRET_ARN", "ORDERS_DATABASE_USER");
    }

    @Test
    void givenABuiltService_thenItBuildsFromItsFolderWithTheDockerTargetsDockerfile(@TempDir Path dir) throws IOException {
        List<Artifact> files = synthShop(dir);

        assertThat(service(files, "api")).containsEntry("image", "shop-api:local").containsEntry("build",
                Map.of("context", "../../services/api", "dockerfile", "../../out/docker/api/Dockerfile"));
        assertThat(ComposeFixtures.services(ComposeFixtures.file(files, "docker-compose.dev.yml")).get("api"))
                .containsEntry("build", Map.of("context", "../../services/api", "dockerfile", "../../out/docker/api/Dockerfile.dev"))
                .containsEntry("environment", Map.of("LOG_LEVEL", "debug"))
                .containsEntry("volumes", List.of("../../services/api:/app"));
    }

    @Test
    void givenANodeService_thenTheDevOverridePublishesItsDebuggerOnLoopback(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("services/api"));
        Files.writeString(dir.resolve("services/api/package.json"), "{}");

        Map<String, Object> api = ComposeFixtures.services(ComposeFixtures.file(synthShop(dir), "docker-compose.dev.yml")).get("api");

        assertThat(api).containsEntry("ports", List.of("127.0.0.1:9229:9229"))
                .containsEntry("volumes", List.of("../../services/api:/app", "/app/node_modules"));
    }

    @Test
    void givenTheTablesQueuesAndBuckets_thenTheInitContainersCreateThemWithTheSpecsSettings(@TempDir Path dir) throws IOException {
        List<Artifact> files = synthShop(dir);
        String tables = String.join("\n", (List<String>) service(files, "dynamodb-init").get("command"));
        String queues = String.join("\n", (List<String>) service(files, "elasticmq-init").get("command"));
        String buckets = String.join("\n", (List<String>) service(files, "minio-init").get("command"));

        assertThat(tables).contains("aws dynamodb create-table --table-name shop-carts-local --billing-mode PAY_PER_REQUEST"
                        + " --attribute-definitions AttributeName=tenant,AttributeType=S AttributeName=cart_id,AttributeType=S"
                        + " AttributeName=created_at,AttributeType=N"
                        + " --key-schema AttributeName=tenant,KeyType=HASH AttributeName=cart_id,KeyType=RANGE"
                        + " --global-secondary-indexes '[{\"IndexName\":\"by-date\",\"KeySchema\":[{\"AttributeName\":\"tenant\","
                        + "\"KeyType\":\"HASH\"},{\"AttributeName\":\"created_at\",\"KeyType\":\"RANGE\"}],\"Projection\":"
                        + "{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"total\"]}}]'"
                        + " --stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE")
                .contains("--time-to-live-specification Enabled=true,AttributeName=expires_at");
        assertThat(queues).contains("--queue-name shop-orders-local-dlq.fifo --attributes '{\"FifoQueue\": \"true\", ")
                .contains("{\"FifoQueue\": \"true\", \"VisibilityTimeout\": \"60\", \"MessageRetentionPeriod\": \"172800\"")
                .contains("\\\"maxReceiveCount\\\":\\\"3\\\"")
                .contains("--queue-name shop-orders-local.fifo --attributes file:///tmp/queue.json");
        assertThat(buckets).contains("mc mb --ignore-existing local/shop-uploads-local", "mc version suspend local/shop-uploads-local");
        assertThat(service(files, "valkey-sessions").get("image")).asString().startsWith("valkey/valkey:8-alpine@sha256:");
        assertThat(service(files, "redis-hot").get("image")).asString().startsWith("redis:7-alpine@sha256:");
    }

    @Test
    void givenAServiceNamedLikeAStandIn_whenSynthesized_thenItIsRefusedWithTheNameAndAFix(@TempDir Path dir) throws IOException {
        String text = Files.readString(SHOP).replace("\n  admin:\n", "\n  minio:\n");
        ResolvedSpec spec = ComposeFixtures.resolveText(text);

        assertThatThrownBy(() -> ComposeFixtures.synth(spec, dir)).hasMessage("compose: service:minio would share the"
                + " compose service name 'minio' with a local stand-in; rename it (compose names stand-ins minio, dynamodb,"
                + " elasticmq, their *-init containers, postgres-<database> and redis-/valkey-<cache>)");
    }
}
