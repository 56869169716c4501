package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;

/**
 * The HTTPS certificate of a load balancer: the ARN passed in, or (with a domain and a Route 53 zone) an ACM
 * certificate validated by DNS, whose validation record and the domain's alias record Terraform writes in the zone.
 */
final class LbCertificate {

    private LbCertificate() {
    }

    static void variables(TfModule m) {
        m.optional("certificate_arn", Types.STRING, "ACM certificate of the HTTPS listener (null: requested here, which"
                + " needs domain_name and zone_id).", nul());
        m.optional("domain_name", Types.STRING, "Domain the load balancer answers (null: its own DNS name).", nul());
        m.optional("zone_id", Types.STRING, "Route 53 hosted zone of domain_name: validates a new certificate and points"
                + " the domain at the load balancer (null: DNS is managed elsewhere).", nul());
    }

    static void resources(TfModule m) {
        Expr create = op(op(var("certificate_arn"), "==", nul()), "&&", op(var("zone_id"), "!=", nul()));
        Expr count = cond(create, num(1), num(0));
        m.resource("aws_acm_certificate", "this", b -> b
                .attr("count", count).blank()
                .attr("domain_name", var("domain_name"))
                .attr("validation_method", "DNS")
                .attr("tags", var("tags"))
                .blank()
                .block("lifecycle", l -> l.attr("create_before_destroy", true)));
        Expr option = call("tolist", ref("aws_acm_certificate.this[0].domain_validation_options"));
        m.resource("aws_route53_record", "validation", b -> b
                .attr("count", count).blank()
                .attr("zone_id", var("zone_id"))
                .attr("name", dev.forge.emit.hcl.Hcl.attr(dev.forge.emit.hcl.Hcl.index(option, num(0)), "resource_record_name"))
                .attr("type", dev.forge.emit.hcl.Hcl.attr(dev.forge.emit.hcl.Hcl.index(option, num(0)), "resource_record_type"))
                .attr("records", list(dev.forge.emit.hcl.Hcl.attr(dev.forge.emit.hcl.Hcl.index(option, num(0)), "resource_record_value")))
                .attr("ttl", 60)
                .attr("allow_overwrite", true));
        m.resource("aws_acm_certificate_validation", "this", b -> b
                .attr("count", count).blank()
                .attr("certificate_arn", ref("aws_acm_certificate.this[0].arn"))
                .attr("validation_record_fqdns", list(ref("aws_route53_record.validation[0].fqdn"))));
        m.locals(l -> l.attr("certificate_arn", call("coalesce", var("certificate_arn"),
                call("one", ref("aws_acm_certificate_validation.this[*].certificate_arn")))));
        Expr alias = op(op(var("zone_id"), "!=", nul()), "&&", op(var("domain_name"), "!=", nul()));
        m.resource("aws_route53_record", "alias", b -> b
                .attr("count", cond(alias, num(1), num(0))).blank()
                .attr("zone_id", var("zone_id"))
                .attr("name", var("domain_name"))
                .attr("type", "A")
                .block("alias", a -> a.attr("name", ref("aws_lb.this.dns_name"))
                        .attr("zone_id", ref("aws_lb.this.zone_id"))
                        .attr("evaluate_target_health", true)));
    }
}
