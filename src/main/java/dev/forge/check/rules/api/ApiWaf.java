package dev.forge.check.rules.api;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.ResourceRule;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import java.util.ArrayList;
import java.util.List;

/**
 * FORGE-API-005: WAF on production REST APIs and load balancers. In the spec: {@code waf} is on. In the emitted
 * Terraform: every REST API stage has a WAFv2 web ACL association whose {@code resource_arn} is that stage, and
 * the web ACL it names exists in the same file (so {@code waf: true} never passes on the spec alone); in an
 * environment root, every load balancer module call has a {@code modules/waf} call whose {@code resource_arn} is that
 * load balancer's ARN.
 */
public final class ApiWaf implements ResourceRule<ApiSpec>, ArtifactRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-API-005", Levels.prod(Severity.WARNING, Severity.INFO),
            "Production REST APIs and load balancers have a firewall",
            "A web application firewall blocks common exploits and abusive clients before they reach the "
                    + "code. terraform-aws puts a regional WAFv2 web ACL (AWS managed common, known-bad-inputs and IP "
                    + "reputation rule groups, and a per-IP rate rule) in front of each REST API stage and each load balancer; in the "
                    + "emitted files, every stage must have a web ACL association and every load balancer a web ACL module. (HTTP APIs cannot have one attached; put a CDN "
                    + "with a firewall in front instead.)",
            "Remove `waf: false` (it defaults to true in production).",
            List.of("checkov CKV2_AWS_29", "AWS FSBP APIGateway.4", "cdk-nag AwsSolutions-APIG3"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<ApiSpec> type() {
        return ApiSpec.class;
    }

    @Override
    public Result check(Subject<ApiSpec> r) {
        if (r.spec().type() == ApiType.HTTP) {
            return Result.notApplicable();
        }
        return Result.require(Boolean.TRUE.equals(r.spec().waf()), "waf", r.who() + " has no web application firewall ('waf: false')");
    }

    @Override
    public List<String> reads() {
        return List.of("waf");
    }

    @Override
    public boolean appliesTo(String path) {
        return path.endsWith(".tf");
    }

    @Override
    public Result check(ParsedArtifact a) {
        List<HclBlock> stages = resources(a, "aws_api_gateway_stage");
        List<HclBlock> balancers = a.hclBlocks().stream().filter(b -> b.type().equals("module")
                && b.attribute("source").map(v -> v.unquoted().endsWith("/modules/load_balancer")).orElse(false)).toList();
        if (stages.isEmpty() && balancers.isEmpty()) {
            return Result.notApplicable();
        }
        List<Violation> out = new ArrayList<>();
        for (HclBlock lb : balancers) {
            // an environment root: a load balancer module call needs a web ACL module associated with its ARN
            String arn = "module." + lb.labels().get(0) + ".load_balancer_arn";
            boolean waf = a.hclBlocks().stream().anyMatch(b -> b.type().equals("module")
                    && b.attribute("source").map(v -> v.unquoted().endsWith("/modules/waf")).orElse(false)
                    && b.attribute("resource_arn").map(v -> v.value().equals(arn)).orElse(false));
            if (!waf) {
                out.add(Violation.line(lb.line(), 1, "module." + lb.labels().get(0), "module." + lb.labels().get(0)
                        + " (a load balancer) has no web application firewall: no module of ../../modules/waf has"
                        + " resource_arn = " + arn));
            }
        }
        for (HclBlock stage : stages) {
            var association = resources(a, "aws_wafv2_web_acl_association").stream()
                    .filter(b -> b.attribute("resource_arn").map(v -> refersTo(v.value(), stage)).orElse(false))
                    .findFirst();
            if (association.isEmpty()) {
                out.add(Violation.line(stage.line(), 1, stage.address(), stage.address()
                        + " has no aws_wafv2_web_acl_association (no web application firewall in front of the stage)"));
                continue;
            }
            boolean acl = association.get().attribute("web_acl_arn")
                    .map(v -> resources(a, "aws_wafv2_web_acl").stream().anyMatch(w -> refersTo(v.value(), w)))
                    .orElse(false);
            if (!acl) {
                HclBlock b = association.get();
                int line = b.attribute("web_acl_arn").map(HclBlock.Attribute::line).orElse(b.line());
                int col = b.attribute("web_acl_arn").map(HclBlock.Attribute::column).orElse(1);
                out.add(Violation.line(line, col, b.address(), b.address() + " names no aws_wafv2_web_acl of this module"));
            }
        }
        return Result.of(out);
    }

    private static List<HclBlock> resources(ParsedArtifact a, String type) {
        return a.hclBlocks().stream().filter(b -> b.isResource(type)).toList();
    }

    private static boolean refersTo(String text, HclBlock target) {
        return text.contains(target.address() + ".") || text.contains(target.address() + "[");
    }
}
