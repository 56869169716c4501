package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import java.util.List;
import java.util.TreeMap;

/**
 * A regional WAFv2 web ACL ({@code <id>WebAcl}) in front of each load-balancer API and each REST API's stage whose
 * {@code waf} is on (the default in production; FORGE-API-005), with terraform-aws's rules: AWS managed rule groups
 * (common, known bad inputs, IP reputation) and a per-IP rate rule, blocking; requests no rule blocks are allowed.
 * HTTP APIs (API Gateway v2) cannot take a web ACL.
 */
final class WafPart implements Part {

    /** AWS managed rule groups, in priority order. */
    static final List<String> MANAGED = List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList");
    /** Requests per client IP in 5 minutes above which the client is blocked. */
    static final int RATE_LIMIT = 2000;

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().apis()).forEach((name, a) -> {
            if (a.type() == ApiType.LOADBALANCER && Boolean.TRUE.equals(a.waf())) {
                acl(stack, name, "Web ACL of ", Fn.ref(Stack.logicalId(Kind.API, name)));
            } else if (RestApisPart.renders(a) && Boolean.TRUE.equals(a.waf())) {
                String id = Stack.logicalId(Kind.API, name);
                acl(stack, name, "Web ACL of API ", Fn.join("", List.of("arn:", Fn.PARTITION, ":apigateway:", Fn.REGION,
                        "::/restapis/", Fn.ref(id), "/stages/", Fn.ref(id + "Stage"))));
            }
        });
    }

    private static void acl(Stack stack, String api, String description, Object resourceArn) {
        String id = Stack.logicalId(Kind.API, api);
        String name = stack.env().naming().base(api) + "-waf";
        YamlList rules = new YamlList();
        for (int i = 0; i < MANAGED.size(); i++) {
            String group = MANAGED.get(i);
            rules.add(YamlMap.of("Name", group, "Priority", i, "OverrideAction", YamlMap.of("None", new YamlMap()),
                    "Statement", YamlMap.of("ManagedRuleGroupStatement", YamlMap.of("Name", group, "VendorName", "AWS")),
                    "VisibilityConfig", visibility(name + "-" + group)));
        }
        rules.add(YamlMap.of("Name", "RateLimitPerIp", "Priority", MANAGED.size(), "Action", YamlMap.of("Block", new YamlMap()),
                "Statement", YamlMap.of("RateBasedStatement", YamlMap.of("Limit", RATE_LIMIT, "AggregateKeyType", "IP")),
                "VisibilityConfig", visibility(name + "-RateLimitPerIp")));
        Template t = stack.template();
        t.add(id + "WebAcl", "AWS::WAFv2::WebACL", YamlMap.of("Name", name, "Description", description
                + stack.env().naming().base(api), "Scope", "REGIONAL", "DefaultAction", YamlMap.of("Allow", new YamlMap()),
                "Rules", rules, "VisibilityConfig", visibility(name)));
        t.add(id + "WebAclAssociation", "AWS::WAFv2::WebACLAssociation", YamlMap.of("ResourceArn", resourceArn,
                "WebACLArn", Fn.getAtt(id + "WebAcl", "Arn")));
    }

    private static YamlMap visibility(String metric) {
        return YamlMap.of("CloudWatchMetricsEnabled", true, "MetricName", metric, "SampledRequestsEnabled", true);
    }
}
