package dev.forge.targets.terraform;

import dev.forge.platform.aws.ApiRoutes;
import dev.forge.platform.aws.ApiRoutes.Rule;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.HealthSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.platform.aws.EcsBlueGreen;
import dev.forge.platform.aws.ElbLogDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Each {@code type: loadbalancer} API as an Application Load Balancer (module load_balancer) in an environment root. */
final class RootLoadBalancers {

    /** One route as a listener rule: the path pattern ALB matches, the method (null: any), the service. */

    private RootLoadBalancers() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        new TreeMap<>(s.apis()).forEach((name, a) -> {
            if (a.type() == ApiType.LOADBALANCER) {
                api(root, name, a);
            }
        });
    }

    private static void api(Root root, String name, ApiSpec a) {
        Spec s = root.env.spec();
        AwsDefaults defaults = AwsDefaults.of(root.env);
        Ref self = new Ref(Kind.API, name);
        String physical = RootTriggers.fit(root.env.naming().base(name), 32);
        List<Rule> rules = ApiRoutes.listenerRules(a);
        Hcl.Obj services = obj();
        rules.stream().map(Rule::service).distinct().sorted().forEach(svc -> {
            ServiceSpec x = s.services().get(svc);
            HealthSpec h = x.health();
            boolean blueGreen = EcsBlueGreen.eligible(s, svc) && name.equals(ApiRoutes.frontOf(s, svc));
            Hcl.Obj o = obj().put("port", num(x.port()))
                    .put("target_group_name", RootTriggers.fit(root.env.naming().base(name) + "-" + svc, 32))
                    .put("health_path", h.path())
                    .put("health_interval", num(h.interval().seconds()))
                    .put("health_timeout", num(h.timeout().seconds()))
                    .put("healthy_threshold", num(h.healthyThreshold()))
                    .put("unhealthy_threshold", num(h.unhealthyThreshold()));
            if (blueGreen) {
                o.put("green_target_group_name", RootTriggers.fit(root.env.naming().base(name) + "-" + svc
                        + EcsBlueGreen.GREEN_SUFFIX, 32));
            }
            services.put(svc, o.build());
        });
        List<Expr> ruleList = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            ruleList.add(obj().put("priority", num((i + 1) * 10L)).put("service", r.service())
                    .put("methods", strings(r.method() == null ? List.of() : List.of(r.method())))
                    .put("paths", strings(List.of(r.path())))
                    .put("blue_green", bool(name.equals(ApiRoutes.frontOf(s, r.service()))
                            && Integer.valueOf((i + 1) * 10).equals(EcsBlueGreen.productionRule(s, r.service()))))
                    .build());
        }
        root.module(self, LoadBalancerModule.NAME, b -> {
            b.attr("name", physical)
                    .attr("vpc_id", ref("module.network.vpc_id"))
                    .attr("subnet_ids", ref("module.network.public_subnet_ids"))
                    .attr("security_group_ids", list(index(ref("module.network.security_group_ids"), str("api:" + name))))
                    .attr("deletion_protection", defaults.loadBalancerDeletionProtection())
                    .attr("access_logs", Boolean.TRUE.equals(a.accessLogs()));
            if (Boolean.TRUE.equals(a.accessLogs())) {
                b.attr("access_log_bucket_name", root.env.naming().bucket(name + "-lb-logs"))
                        .attr("access_log_retention_days", defaults.logRetentionDays())
                        .attr("force_destroy_logs", defaults.accessLogsForceDestroy());
                ElbLogDelivery.account(root.env.environment().region()).ifPresent(id -> b.attr("elb_account_id", id));
            }
            certificate(root, b, name, a);
            if (a.cors() != null && a.cors().origins() != null && !a.cors().origins().isEmpty()) {
                b.attr("cors_origin", a.cors().origins().get(0));
                if (a.cors().methods() != null && !a.cors().methods().isEmpty()) {
                    b.attr("cors_methods", String.join(",", a.cors().methods()));
                }
                if (a.cors().headers() != null && !a.cors().headers().isEmpty()) {
                    b.attr("cors_headers", String.join(",", a.cors().headers()));
                }
                b.attr("cors_credentials", Boolean.TRUE.equals(a.cors().credentials()));
                if (a.cors().maxAge() != null) {
                    b.attr("cors_max_age", String.valueOf(a.cors().maxAge().seconds()));
                }
            }
            b.attr("services", services.build()).attr("rules", list(ruleList));
        });
        if (Boolean.TRUE.equals(a.waf())) {
            root.notes.add("API `" + name + "`: `waf: true` is not rendered for load balancers yet (no web ACL is attached;"
                    + " FORGE-W401).");
        }
        root.apiUrls.put(name, Refs.out(self, "base_url"));
        root.apiDomainTargets.put(name, Refs.out(self, "dns_name"));
        root.apiDomainZones.put(name, Refs.out(self, "zone_id"));
    }

    /** The written certificate; else one requested in the written zone; else an input of the root. */
    private static void certificate(Root root, dev.forge.emit.hcl.Body b, String name, ApiSpec a) {
        if (a.domain() != null) {
            b.attr("domain_name", a.domain());
        }
        if (a.certificate() != null) {
            b.attr("certificate_arn", a.certificate());
        } else if (a.zone() == null || a.domain() == null) {
            String input = Root.label(name) + "_certificate_arn";
            root.variable(input, Types.STRING, "ACM certificate ARN of the HTTPS listener of api '" + name + "' (for "
                    + (a.domain() == null ? "its load balancer's DNS name or a domain you point at it" : a.domain())
                    + "; or set `certificate` or `zone` in the spec).", null);
            b.attr("certificate_arn", var(input));
        }
        if (a.zone() != null) {
            b.attr("zone_id", a.zone());
        }
    }

}
