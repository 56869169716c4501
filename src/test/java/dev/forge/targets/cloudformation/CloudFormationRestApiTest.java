package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * REST APIs and Cognito user pools: site-builder (a pool Forge creates in dev, a brought one in sit and prod), and
 * the API Gateway fixture spec (a REST API's domain, firewall, root and {@code $default} routes; HTTP APIs signing in
 * with Cognito).
 */
class CloudFormationRestApiTest {

    private static final Path SHAPES = Path.of("src/test/resources/cloudformation/specs/api-gateway.yaml");

    private static Stack build(ResolvedSpec spec, String env) {
        ResolvedEnv e = spec.environments().stream().filter(x -> x.name().equals(env)).findFirst().orElseThrow();
        Stack stack = new Stack(new SynthContext(spec, spec.environments(), Optional.empty()), e, new Template("test"));
        CloudFormationTarget.PARTS.forEach(p -> p.build(stack));
        return stack;
    }

    private static Stack siteBuilder(String env) {
        return build(Examples.resolve("site-builder"), env);
    }

    private static Stack shapes(String env) {
        return build(Pipeline.resolve(Pipeline.read(SHAPES, "api-gateway.yaml")), env);
    }

    private static String deploymentId(Template t, String api) {
        return t.resources().keySet().stream().filter(id -> id.startsWith(api + "Deployment")).findFirst().orElseThrow();
    }

    @Test
    void givenSiteBuilder_whenBuilt_thenEveryRouteIsAMethodOnItsPathAuthorizedByCognitoUnlessOpened() {
        Template t = siteBuilder("dev").template();

        YamlMap create = t.resource("ApiGenerationApiMethodPOSTV1Generations").properties();
        YamlMap health = t.resource("ApiGenerationApiMethodGETV1Health").properties();
        YamlMap authorizer = t.resource("ApiGenerationApiAuthorizer").properties();

        assertThat(create.get("HttpMethod")).isEqualTo("POST");
        assertThat(create.get("ResourceId")).isEqualTo(Fn.ref("ApiGenerationApiResourceV1Generations"));
        assertThat(create.get("AuthorizationType")).isEqualTo("COGNITO_USER_POOLS");
        assertThat(create.get("AuthorizerId")).isEqualTo(Fn.ref("ApiGenerationApiAuthorizer"));
        assertThat(((YamlMap) create.get("Integration")).get("Type")).isEqualTo("AWS_PROXY");
        assertThat(((YamlMap) create.get("Integration")).get("Uri")).isEqualTo(Fn.sub("arn:${AWS::Partition}:apigateway:"
                + "${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionGenerationAlias}/invocations"));
        assertThat(health.get("AuthorizationType")).as("open: true").isEqualTo("NONE");
        assertThat(health.containsKey("AuthorizerId")).isFalse();
        assertThat(authorizer.get("Type")).isEqualTo("COGNITO_USER_POOLS");
        assertThat(authorizer.get("ProviderARNs")).isEqualTo(YamlList.of(Fn.getAtt("ApiGenerationApiUserPool", "Arn")));
        assertThat(t.resource("ApiGenerationApiResourceV1GenerationsByGenerationId").properties().get("ParentId"))
                .isEqualTo(Fn.ref("ApiGenerationApiResourceV1Generations"));
        assertThat(t.resource("ApiGenerationApiResourceV1").properties().get("ParentId"))
                .isEqualTo(Fn.getAtt("ApiGenerationApi", "RootResourceId"));
    }

    @Test
    void givenARoute_whenBuilt_thenItsPermissionNamesOnlyItsMethodAndPathOnTheAlias() {
        Template t = siteBuilder("dev").template();

        YamlMap permission = t.resource("ApiGenerationApiMethodGETV1GenerationsByGenerationIdPermission").properties();

        assertThat(permission.get("FunctionName")).isEqualTo(Fn.ref("FunctionGenerationAlias"));
        assertThat(permission.get("Principal")).isEqualTo("apigateway.amazonaws.com");
        assertThat(permission.get("SourceArn").toString()).contains("- /*/GET/v1/generations/*\n");
    }

    @Test
    void givenCors_whenBuilt_thenEachPathAnswersThePreflightFromAMockWithTheFirstOriginAndCredentials() {
        Template t = siteBuilder("dev").template();

        YamlMap options = t.resource("ApiGenerationApiOptionsV1Generations").properties();
        YamlMap integration = (YamlMap) options.get("Integration");
        YamlMap answered = (YamlMap) ((YamlMap) ((YamlList) integration.get("IntegrationResponses")).get(0)).get("ResponseParameters");

        assertThat(options.get("HttpMethod")).isEqualTo("OPTIONS");
        assertThat(options.get("AuthorizationType")).isEqualTo("NONE");
        assertThat(integration.get("Type")).isEqualTo("MOCK");
        assertThat(answered.get("method.response.header.Access-Control-Allow-Origin")).isEqualTo("'https://builder.example.com'");
        assertThat(answered.get("method.response.header.Access-Control-Allow-Credentials")).isEqualTo("'true'");
        assertThat(answered.get("method.response.header.Access-Control-Max-Age")).isEqualTo("'3600'");
        assertThat(t.resources().keySet().stream().filter(id -> id.startsWith("ApiGenerationApiOptions")))
                .as("one preflight per routed path").hasSize(5);
    }

    @Test
    void givenTheStage_whenBuilt_thenItTracesThrottlesAndLogsJsonThroughADeploymentOfEveryMethod() {
        Stack stack = siteBuilder("dev");
        Template t = stack.template();
        String deployment = deploymentId(t, "ApiGenerationApi");

        YamlMap stage = t.resource("ApiGenerationApiStage").properties();
        YamlMap settings = (YamlMap) ((YamlList) stage.get("MethodSettings")).get(0);
        YamlMap logs = (YamlMap) stage.get("AccessLogSetting");

        assertThat(stage.get("StageName")).isEqualTo("v1");
        assertThat(stage.get("TracingEnabled")).isEqualTo(true);
        assertThat(stage.get("DeploymentId")).isEqualTo(Fn.ref(deployment));
        assertThat(settings.get("ThrottlingRateLimit")).isEqualTo(50);
        assertThat(settings.get("ThrottlingBurstLimit")).isEqualTo(100);
        assertThat(logs.get("DestinationArn")).isEqualTo(Fn.getAtt("ApiGenerationApiAccessLogs", "Arn"));
        assertThat(logs.get("Format").toString()).contains("\"route\": \"$context.resourcePath\"");
        assertThat(t.resource(deployment).dependencies()).contains("ApiGenerationApiMethodPOSTV1Generations",
                "ApiGenerationApiOptionsV1Health");
        assertThat(stack.notes()).anyMatch(n -> n.contains("API Gateway CloudWatch role"));
    }

    @Test
    void givenAChangedRoute_whenBuilt_thenTheDeploymentHasANewLogicalIdSoTheApiIsDeployedAgain() {
        String dev = deploymentId(siteBuilder("dev").template(), "ApiGenerationApi");
        String sit = deploymentId(siteBuilder("sit").template(), "ApiGenerationApi");
        String again = deploymentId(siteBuilder("dev").template(), "ApiGenerationApi");

        assertThat(again).as("deterministic").isEqualTo(dev);
        assertThat(sit).as("sit's authorizer trusts another pool, but its methods are the same").isEqualTo(dev);
        assertThat(deploymentId(shapes("dev").template(), "ApiShop")).isNotEqualTo(dev);
    }

    @Test
    void givenACreatedUserPool_whenBuilt_thenItHasThePasswordPolicyMfaDomainAndAPublicClientWithTheSpecsUrls() {
        Template t = siteBuilder("dev").template();

        YamlMap pool = t.resource("ApiGenerationApiUserPool").properties();
        YamlMap password = (YamlMap) ((YamlMap) pool.get("Policies")).get("PasswordPolicy");
        YamlMap client = t.resource("ApiGenerationApiUserPoolClient").properties();

        assertThat(password.get("MinimumLength")).isEqualTo(12);
        assertThat(password.get("RequireSymbols")).isEqualTo(true);
        assertThat(pool.get("MfaConfiguration")).isEqualTo("OPTIONAL");
        assertThat(pool.get("EnabledMfas")).isEqualTo(YamlList.of("SOFTWARE_TOKEN_MFA"));
        assertThat(pool.get("DeletionProtection")).as("dev is not production").isEqualTo("INACTIVE");
        assertThat(client.get("GenerateSecret")).isEqualTo(false);
        assertThat(client.get("AllowedOAuthFlows")).isEqualTo(YamlList.of("code"));
        assertThat(client.get("CallbackURLs")).isEqualTo(YamlList.of("http://localhost:5173/callback"));
        assertThat(client.get("LogoutURLs")).isEqualTo(YamlList.of("http://localhost:5173/"));
        assertThat(t.resource("ApiGenerationApiUserPoolDomain").properties().get("Domain"))
                .isEqualTo("site-builder-generation-api-dev");
        assertThat(t.toTree().get("Outputs").toString()).contains("ApiGenerationApiUserPoolId", "ApiGenerationApiUserPoolClientId",
                "ApiGenerationApiUrl");
    }

    @Test
    void givenABroughtUserPool_whenBuilt_thenTheAuthorizerTrustsTheParameterAndNoPoolIsCreated() {
        Template t = siteBuilder("prod").template();

        assertThat(t.has("ApiGenerationApiUserPool")).isFalse();
        assertThat(t.parameters()).containsKey("CognitoUserPoolArn");
        assertThat(t.resource("ApiGenerationApiAuthorizer").properties().get("ProviderARNs"))
                .isEqualTo(YamlList.of(Fn.ref("CognitoUserPoolArn")));
    }

    @Test
    void givenRestApiAlarms_whenBuilt_thenFiveXxAndLatencyWatchTheApiByName() {
        Template t = siteBuilder("dev").template();

        YamlMap errors = t.resource("AlarmGenerationApi5xx").properties();

        assertThat(errors.get("MetricName")).isEqualTo("5XXError");
        assertThat(errors.get("Dimensions")).isEqualTo(YamlList.of(YamlMap.of("Name", "ApiName",
                "Value", "site-builder-generation-api-dev")));
        assertThat(t.resource("AlarmGenerationApiLatency").properties().get("MetricName")).isEqualTo("Latency");
    }

    @Test
    void givenAFunctionReadingTheRestApisUrl_whenBuilt_thenItIsBuiltFromTheApiIdNotAParameter() {
        Template t = siteBuilder("dev").template();

        YamlMap vars = (YamlMap) ((YamlMap) t.resource("FunctionGeneration").properties().get("Environment")).get("Variables");

        assertThat(vars.get("PUBLIC_API_URL")).isEqualTo(Fn.sub("https://${ApiGenerationApi}.execute-api.${AWS::Region}"
                + ".${AWS::URLSuffix}/v1"));
        assertThat(t.parameters()).doesNotContainKey("PublicApiUrl");
    }

    @Test
    void givenAFirewalledRestApiWithADomain_whenBuilt_thenTheWebAclGuardsTheStageAndTheDomainMapsToIt() {
        Template t = shapes("prod").template();

        YamlMap association = t.resource("ApiShopWebAclAssociation").properties();
        YamlMap domain = t.resource("ApiShopDomain").properties();

        assertThat(association.get("ResourceArn").toString()).contains("/restapis/", "ApiShopStage");
        assertThat(association.get("WebACLArn")).isEqualTo(Fn.getAtt("ApiShopWebAcl", "Arn"));
        assertThat(domain.get("SecurityPolicy")).isEqualTo("TLS_1_2");
        assertThat(domain.get("RegionalCertificateArn")).isEqualTo(Fn.ref("ApiShopCertificateArn"));
        assertThat(t.resource("ApiShopMapping").properties().get("Stage")).isEqualTo(Fn.ref("ApiShopStage"));
    }

    @Test
    void givenRootAndDefaultRoutes_whenBuilt_thenTheRootIsTheApisRootResourceAndDefaultIsAnyProxy() {
        Template t = shapes("dev").template();

        YamlMap root = t.resource("ApiShopMethodGETRoot").properties();
        YamlMap proxy = t.resource("ApiShopMethodANYByProxyPlus").properties();

        assertThat(root.get("ResourceId")).isEqualTo(Fn.getAtt("ApiShop", "RootResourceId"));
        assertThat(proxy.get("HttpMethod")).isEqualTo("ANY");
        assertThat(t.resource("ApiShopResourceByProxyPlus").properties().get("PathPart")).isEqualTo("{proxy+}");
        assertThat(t.resource("ApiShopMethodANYByProxyPlusPermission").properties().get("SourceArn").toString())
                .contains("- /*/*/*\n");
    }

    @Test
    void givenHttpApisSigningInWithCognito_whenBuilt_thenTheJwtAuthorizerTrustsTheCreatedPoolOrTheParameters() {
        Template t = shapes("dev").template();

        YamlMap created = (YamlMap) t.resource("ApiAppAuthorizer").properties().get("JwtConfiguration");
        YamlMap brought = (YamlMap) t.resource("ApiPartnerAuthorizer").properties().get("JwtConfiguration");

        assertThat(created.get("Issuer")).isEqualTo(Fn.sub("https://${ApiAppUserPool.ProviderURL}"));
        assertThat(created.get("Audience")).isEqualTo(YamlList.of(Fn.ref("ApiAppUserPoolClient")));
        assertThat(t.resource("ApiAppUserPool").properties().get("MfaConfiguration")).isEqualTo("OFF");
        assertThat(t.resource("ApiAppUserPool").properties().containsKey("EnabledMfas")).isFalse();
        assertThat(t.resource("ApiAppRouteGETMe").properties().get("AuthorizationType")).isEqualTo("JWT");
        assertThat(brought.get("Issuer")).isEqualTo(Fn.ref("ApiPartnerJwtIssuer"));
        assertThat(brought.get("Audience")).isEqualTo(Fn.ref("ApiPartnerJwtAudience"));
        assertThat(t.parameters().get("ApiPartnerJwtAudience").get("Type")).isEqualTo("CommaDelimitedList");
    }

    @Test
    void givenSiteBuildersApi_whenAskedWhatIsRendered_thenItsRestAndUserPoolFieldsAreRenderedNotSkipped() {
        ResolvedSpec spec = Examples.resolve("site-builder");
        Object api = spec.environments().stream().filter(e -> e.name().equals("dev")).findFirst().orElseThrow()
                .spec().apis().get("generation-api");

        assertThat(CloudFormationRendering.DECLARED.renders("apis.*.auth.user-pool.callback-urls")).isTrue();
        assertThat(CloudFormationRendering.DECLARED.skipped(Kind.API, "routes.*.to", api)).isEmpty();
        assertThat(CloudFormationRendering.DECLARED.skipped(Kind.API, "waf", api)).isEmpty();
        assertThat(CloudFormationRendering.DECLARED.skipped(Kind.API, "auth.user-pool.mfa", api)).isEmpty();
    }
}
