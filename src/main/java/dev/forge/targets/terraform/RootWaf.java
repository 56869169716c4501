package dev.forge.targets.terraform;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import java.util.Map;
import java.util.TreeMap;

/**
 * A web application firewall in front of each load-balancer API whose {@code waf} is on (the default in production):
 * {@code module "waf_<api>"} associated with {@code module.api_<api>.load_balancer_arn}.
 */
final class RootWaf {

    static final String LOAD_BALANCER_MODULE = LoadBalancerModule.NAME;

    private RootWaf() {
    }

    static boolean wanted(ApiSpec api) {
        return api.type() == ApiType.LOADBALANCER && Boolean.TRUE.equals(api.waf());
    }

    static String label(String api) {
        return "waf_" + Root.label(api);
    }

    static void add(Root root) {
        if (!Modules.has(root.modules, LOAD_BALANCER_MODULE)) {
            return;
        }
        Map<String, dev.forge.emit.hcl.Expr> acls = new TreeMap<>();
        new TreeMap<>(root.env.spec().apis()).forEach((name, api) -> {
            if (!wanted(api)) {
                return;
            }
            root.module(label(name), WafModule.NAME, b -> b
                    .attr("name", root.env.naming().base(name))
                    .comment("FORGE-API-005: the load balancer's firewall (`waf`, on by default in production).")
                    .attr("resource_arn", Refs.out(new Ref(Kind.API, name), "load_balancer_arn")));
            acls.put(name, dev.forge.emit.hcl.Hcl.ref("module." + label(name) + ".web_acl_arn"));
        });
        root.output("web_acl_arns", "ARNs of the web ACLs in front of the load balancers, by API.", acls);
    }
}
