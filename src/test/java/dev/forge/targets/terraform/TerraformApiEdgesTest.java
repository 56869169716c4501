package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.Result;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.rules.api.ApiWaf;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, "declared, checked, not emitted": a REST API's web application firewall, custom domains, REST OAuth
 * scopes, and REST CORS credentials and max-age reach the terraform-aws output, and Terraform plans it.
 */
class TerraformApiEdgesTest {

    static final String SPEC = """
            forge: 1
            app: domains
            owner: platform-team
            region: us-east-1
            environments:
              dev: {}
              prod:
                alerts:
                  email: ops@example.com
            apis:
              shop:
                type: rest
                domain: shop.example.com
                auth:
                  type: cognito
                  scopes: [shop/read, shop/write]
                cors:
                  origins: [https://www.example.com]
                  credentials: true
                  max-age: 10m
                routes:
                  GET /items: function:items
                  GET /health: { to: function:items, open: true }
              events:
                domain: events.example.com
                auth:
                  type: none
                  reason: public webhook endpoint of the fixture app
                routes:
                  POST /events: function:items
            functions:
              items:
                source: functions/items
                runtime: python3.12
                handler: app.handler
                timeout: 10s
            """;

    private static String file(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst()
                .map(a -> new String(a.bytes(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError("no " + path));
    }

    private static Path synth(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("functions/items"));
        Files.writeString(dir.resolve("functions/items/app.py"), "def handler(event, context):\n    return {}\n");
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.all()).isZero();
        return dir.resolve("out/terraform-aws");
    }

    @Test
    void siteBuilderProd_restStage_hasAWebAclWithManagedRulesAndARateRule_associatedWithTheStage() {
        List<Artifact> files = TerraformExamples.synth("site-builder");
        String module = file(files, "modules/api_gateway_rest/main.tf");
        assertThat(module).contains("resource \"aws_wafv2_web_acl\" \"this\"", "scope       = \"REGIONAL\"",
                "name        = \"AWSManagedRulesCommonRuleSet\"", "name        = \"AWSManagedRulesKnownBadInputsRuleSet\"",
                "name        = \"AWSManagedRulesAmazonIpReputationList\"", "rate_based_statement {", "override_action {",
                "resource \"aws_wafv2_web_acl_association\" \"this\"",
                "resource_arn = aws_api_gateway_stage.this.arn", "web_acl_arn  = aws_wafv2_web_acl.this[0].arn");
        // prod defaults waf to true, dev to false: the spec decides, the root says it
        assertThat(file(files, "environments/prod/main.tf")).containsPattern("(?s)module \"api_generation_api\" \\{(?:(?!\nmodule ).)*waf\\s+= true");
        assertThat(file(files, "environments/dev/main.tf")).containsPattern("(?s)module \"api_generation_api\" \\{(?:(?!\nmodule ).)*waf\\s+= false");
        // and FORGE-API-005 finds the association in the emitted module
        Result r = new ApiWaf().check(new ParsedArtifact("terraform-aws/modules/api_gateway_rest/main.tf", module));
        assertThat(r.status()).isEqualTo(Result.Status.COMPLIANT);
    }

    @Test
    void customDomains_restAndHttp_emitDomainMappingCertificateInputAndDnsOutputs(@TempDir Path dir) throws Exception {
        Path tf = synth(dir);
        String rest = Files.readString(tf.resolve("modules/api_gateway_rest/main.tf"));
        assertThat(rest).contains("resource \"aws_api_gateway_domain_name\" \"this\"", "security_policy = \"TLS_1_2\"",
                "regional_certificate_arn = var.certificate_arn", "resource \"aws_api_gateway_base_path_mapping\" \"this\"");
        String http = Files.readString(tf.resolve("modules/api_gateway_http/main.tf"));
        assertThat(http).contains("resource \"aws_apigatewayv2_domain_name\" \"this\"", "security_policy = \"TLS_1_2\"",
                "endpoint_type   = \"REGIONAL\"", "resource \"aws_apigatewayv2_api_mapping\" \"this\"");
        String root = Files.readString(tf.resolve("environments/prod/main.tf"));
        assertThat(root).contains("domain_name            = \"shop.example.com\"", "certificate_arn        = var.shop_certificate_arn",
                "domain_name            = \"events.example.com\"");
        assertThat(Files.readString(tf.resolve("environments/prod/variables.tf")))
                .contains("variable \"shop_certificate_arn\"", "variable \"events_certificate_arn\"");
        assertThat(Files.readString(tf.resolve("environments/prod/outputs.tf")))
                .contains("output \"api_domain_targets\"", "output \"api_domain_zone_ids\"",
                        "shop   = module.api_shop.domain_target", "events = module.api_events.domain_zone_id");
    }

    @Test
    void restScopes_andCorsCredentialsAndMaxAge_reachTheRestModule(@TempDir Path dir) throws Exception {
        Path tf = synth(dir);
        String root = Files.readString(tf.resolve("environments/prod/main.tf"));
        assertThat(root).contains("authorization_scopes  = [\"shop/read\", \"shop/write\"]", "allow_credentials = true",
                "max_age           = 600");
        String rest = Files.readString(tf.resolve("modules/api_gateway_rest/main.tf"));
        assertThat(rest).contains("authorization_scopes = each.value.authorized && (length(var.authorization_scopes) > 0)"
                        + " ? var.authorization_scopes : null",
                "\"method.response.header.Access-Control-Allow-Credentials\"] : [] : k => \"'true'\"",
                "\"method.response.header.Access-Control-Max-Age\"       = \"'${var.cors.max_age}'\"");
    }

    @Test
    void terraformPlansTheDomainsScopesAndCredentials_offline(@TempDir Path dir) throws Exception {
        synth(dir);
        Cli.Result r = Cli.run("verify", dir.resolve("forge.yaml").toString());
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("dev: validate ok", "prod: validate ok");
    }
}
