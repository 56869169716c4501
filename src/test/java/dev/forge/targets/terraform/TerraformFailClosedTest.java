package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.RootVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, proven by Terraform's own plan: the emitted API modules fail closed. A route marked protected, called
 * without an authorizer, stops the plan with the module's own message instead of becoming public; with the
 * authorizer the same call plans.
 */
class TerraformFailClosedTest {

    @TempDir
    static Path work;
    static RootVerifier verifier;

    @BeforeAll
    static void prepare() throws IOException {
        verifier = new RootVerifier(OfflineTerraform.prepare(work.resolve("terraform")));
    }

    @Test
    void httpApi_protectedRouteWithoutJwtAuthorizer_stopsThePlan() throws IOException {
        Path tree = tree("http", "trip-assistant", "api_gateway_http", httpCall(""));
        RootResult r = verifier.verify(tree, "root", work.resolve("http-run"));
        assertThat(r.validateOk()).as("%s", r.problems()).isTrue();
        assertThat(r.planOk()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.contains("Route GET /private is protected but jwt_authorizer is null;"
                + " refusing to make it public"));

        Path ok = tree("http-ok", "trip-assistant", "api_gateway_http",
                httpCall("  jwt_authorizer = { issuer = \"https://issuer.example.com\", audience = [\"app\"] }\n"));
        RootResult planned = verifier.verify(ok, "root", work.resolve("http-ok-run"));
        assertThat(planned.planOk()).as("%s", planned.problems()).isTrue();
    }

    @Test
    void restApi_protectedRouteWithoutUserPool_stopsThePlan() throws IOException {
        Path tree = tree("rest", "site-builder", "api_gateway_rest", """
                module "api" {
                  source = "../../modules/api_gateway_rest"
                  name   = "fail-closed"
                  integrations = { fn = { invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/fn", function_name = "fn", qualifier = "live" } }
                  routes       = { "GET /private" = { integration = "fn", authorized = true, source_path = "GET/private" } }
                  resources    = { "/private" = { depth = 1, parent = "/", path_part = "private" } }
                }
                """);
        RootResult r = verifier.verify(tree, "root", work.resolve("rest-run"));
        assertThat(r.validateOk()).as("%s", r.problems()).isTrue();
        assertThat(r.planOk()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.contains("Route GET /private is protected but cognito_user_pool_arn is"
                + " null; refusing to make it public"));
    }

    /** A call of the HTTP API module with one protected route, plus {@code extra} arguments. */
    private static String httpCall(String extra) {
        return """
                module "api" {
                  source = "../../modules/api_gateway_http"
                  name   = "fail-closed"
                  integrations = { fn = { invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/fn", function_name = "fn", qualifier = "live" } }
                  routes       = { "GET /private" = { integration = "fn", authorized = true, source_path = "GET/private" } }
                """ + extra + "}\n";
    }

    /** The example's emitted module plus a root that calls it as {@code call} says. */
    private static Path tree(String name, String example, String module, String call) throws IOException {
        Path tree = work.resolve(name);
        List<Artifact> files = TerraformExamples.synth(example);
        for (Artifact a : files) {
            if (a.path().startsWith("modules/" + module + "/")) {
                Path p = tree.resolve(a.path());
                Files.createDirectories(p.getParent());
                Files.write(p, a.bytes());
            }
        }
        assertThat(tree.resolve("modules/" + module + "/main.tf")).exists();
        Path root = Files.createDirectories(tree.resolve("environments/root"));
        Files.writeString(root.resolve("main.tf"), call + """

                terraform {
                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = "~> 6.25"
                    }
                  }
                }

                provider "aws" {
                  region = "eu-west-1"
                }
                """);
        return tree;
    }
}
