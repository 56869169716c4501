package dev.forge.targets.cloudformation;

import dev.forge.platform.aws.ApiRoutes;
import dev.forge.platform.aws.ApiRoutes.Rule;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.HealthSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.platform.aws.ElbLogDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Each {@code type: loadbalancer} API, as terraform-aws's {@code load_balancer} module builds it: an internet-facing
 * Application Load Balancer ({@code <id>}, e.g. {@code ApiPublic}) in the public subnets, HTTPS only with a TLS 1.3
 * policy ({@code <id>HttpsListener}; HTTP only redirects), invalid header fields dropped, deletion protection in
 * production, access logs to a bucket of its own, one IP target group per service ({@code <id>TargetGroup<Service>})
 * with the service's health check, listener rules from the routes (anything else answers 404), the certificate
 * (written, or requested from ACM and validated in the written Route 53 zone, which then also points the domain at the
 * load balancer, or a parameter), and the web ACL ({@link WafPart}) when {@code waf} is on.
 */
final class LoadBalancersPart implements Part {

    /** TLS 1.3 and 1.2 with forward secrecy only (AWS FSBP ELB.17). */
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /** One listener rule: path pattern, method (null: any) and the service it forwards to. */

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().apis()).forEach((name, a) -> {
            if (a.type() == ApiType.LOADBALANCER) {
                api(stack, name, a);
            }
        });
    }

    private static void api(Stack stack, String name, ApiSpec a) {
        Template t = stack.template();
        Spec s = stack.env().spec();
        Ref self = new Ref(Kind.API, name);
        String id = Stack.logicalId(self);
        boolean production = stack.production();
        String physical = EcsTasks.fit(stack.env().naming().base(name), 32);
        boolean logs = Boolean.TRUE.equals(a.accessLogs());
        if (logs) {
            accessLogs(stack, id, name);
        }
        YamlList attributes = YamlList.of(
                // headers that are not valid HTTP are dropped, not passed to the services (AWS FSBP ELB.4)
                attribute("routing.http.drop_invalid_header_fields.enabled", "true"),
                attribute("routing.http.desync_mitigation_mode", "defensive"),
                // production cannot be deleted by accident (AWS FSBP ELB.6)
                attribute("deletion_protection.enabled", String.valueOf(production)),
                attribute("idle_timeout.timeout_seconds", "60"),
                // access logs (AWS FSBP ELB.5)
                attribute("access_logs.s3.enabled", String.valueOf(logs)));
        if (logs) {
            attributes.add(attribute("access_logs.s3.bucket", Fn.ref(id + "LogsBucket")));
        }
        Resource lb = t.add(id, "AWS::ElasticLoadBalancingV2::LoadBalancer", YamlMap.of("Name", physical,
                "Type", "application", "Scheme", "internet-facing", "IpAddressType", "ipv4",
                "Subnets", NetworkPart.subnets(stack, NetworkPart.Tier.PUBLIC),
                "SecurityGroups", YamlList.of(Fn.getAtt(SecurityGroupsPart.groupId(self), "GroupId")),
                "LoadBalancerAttributes", attributes));
        if (logs) {
            lb.dependsOn(id + "LogsBucketPolicy");
        }
        if (!production) {
            lb.suppressGuard("elbv2_deletion_protection_enabled_check", "deletion protection is on in production only"
                    + " (terraform-aws decides the same): other environments are torn down freely");
        }
        List<Rule> rules = ApiRoutes.listenerRules(a);
        rules.stream().map(Rule::service).distinct().sorted().forEach(svc -> {
            targetGroup(stack, name, svc, s.services().get(svc), false);
            if (blueGreenRule(s, svc) != null && name.equals(ApiRoutes.frontOf(s, svc))) {
                targetGroup(stack, name, svc, s.services().get(svc), true);
            }
        });
        t.add(id + "HttpListener", "AWS::ElasticLoadBalancingV2::Listener", YamlMap.of("LoadBalancerArn", Fn.ref(id),
                "Port", 80, "Protocol", "HTTP",
                // plain HTTP only redirects to HTTPS (AWS FSBP ELB.1)
                "DefaultActions", YamlList.of(YamlMap.of("Type", "redirect", "RedirectConfig", YamlMap.of("Port", "443",
                        "Protocol", "HTTPS", "StatusCode", "HTTP_301")))));
        Object certificate = certificate(stack, id, name, a);
        Resource https = t.add(id + "HttpsListener", "AWS::ElasticLoadBalancingV2::Listener", YamlMap.of("LoadBalancerArn", Fn.ref(id),
                "Port", 443, "Protocol", "HTTPS", "SslPolicy", TLS_POLICY,
                "Certificates", YamlList.of(YamlMap.of("CertificateArn", certificate)),
                // a request no route matches gets 404, not a service
                "DefaultActions", YamlList.of(YamlMap.of("Type", "fixed-response", "FixedResponseConfig", YamlMap.of(
                        "ContentType", "text/plain", "MessageBody", "Not found", "StatusCode", "404"))),
                "ListenerAttributes", listenerAttributes(a)));
        if (t.parameters().containsKey(id + "CertificateArn")) {
            https.suppressGuard("elbv2_acm_certificate_required_check", "the certificate is the parameter " + id
                    + "CertificateArn, whose AllowedPattern takes ACM certificate ARNs only");
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            YamlList conditions = YamlList.of(YamlMap.of("Field", "path-pattern", "PathPatternConfig",
                    YamlMap.of("Values", YamlList.of(r.path()))));
            if (r.method() != null) {
                conditions.add(YamlMap.of("Field", "http-request-method", "HttpRequestMethodConfig",
                        YamlMap.of("Values", YamlList.of(r.method()))));
            }
            int priority = (i + 1) * 10;
            String blue = EcsServicesPart.targetGroup(name, r.service());
            YamlMap action = YamlMap.of("Type", "forward", "TargetGroupArn", Fn.ref(blue));
            if ((id + "Rule" + priority).equals(blueGreenRule(s, r.service()))) {
                // blue-green: ECS moves the weights to the green group at once, then back on a failed deployment
                action = YamlMap.of("Type", "forward", "ForwardConfig", YamlMap.of("TargetGroups", YamlList.of(
                        YamlMap.of("TargetGroupArn", Fn.ref(blue), "Weight", 100),
                        YamlMap.of("TargetGroupArn", Fn.ref(blue + "Green"), "Weight", 0))));
            }
            t.add(id + "Rule" + priority, "AWS::ElasticLoadBalancingV2::ListenerRule", YamlMap.of(
                    "ListenerArn", Fn.ref(id + "HttpsListener"), "Priority", priority,
                    "Actions", YamlList.of(action), "Conditions", conditions));
        }
        if (a.zone() != null && a.domain() != null) {
            t.add(id + "DnsRecord", "AWS::Route53::RecordSet", YamlMap.of("HostedZoneId", a.zone(), "Name", a.domain(),
                    "Type", "A", "AliasTarget", YamlMap.of("DNSName", Fn.getAtt(id, "DNSName"),
                            "HostedZoneId", Fn.getAtt(id, "CanonicalHostedZoneID"), "EvaluateTargetHealth", true)));
        }
        t.output(id + "DnsName", "DNS name of the load balancer of api " + name, Fn.getAtt(id, "DNSName"), null);
        t.output(id + "Url", "Base URL of api " + name, a.domain() != null ? "https://" + a.domain()
                : Fn.sub("https://${" + id + ".DNSName}"), null);
    }

    /** Security headers on every response, the server header not sent, CORS answered by the load balancer. */
    private static YamlList listenerAttributes(ApiSpec a) {
        YamlList out = YamlList.of(
                attribute("routing.http.response.strict_transport_security.header_value", "max-age=31536000; includeSubDomains"),
                attribute("routing.http.response.x_content_type_options.header_value", "nosniff"),
                attribute("routing.http.response.x_frame_options.header_value", "DENY"),
                attribute("routing.http.response.server.enabled", "false"));
        if (a.cors() != null && a.cors().origins() != null && !a.cors().origins().isEmpty()) {
            // one origin: the header holds a single value
            out.add(attribute("routing.http.response.access_control_allow_origin.header_value", a.cors().origins().get(0)));
            if (a.cors().methods() != null && !a.cors().methods().isEmpty()) {
                out.add(attribute("routing.http.response.access_control_allow_methods.header_value",
                        String.join(",", a.cors().methods())));
            }
            if (a.cors().headers() != null && !a.cors().headers().isEmpty()) {
                out.add(attribute("routing.http.response.access_control_allow_headers.header_value",
                        String.join(",", a.cors().headers())));
            }
            if (Boolean.TRUE.equals(a.cors().credentials())) {
                out.add(attribute("routing.http.response.access_control_allow_credentials.header_value", "true"));
            }
            if (a.cors().maxAge() != null) {
                out.add(attribute("routing.http.response.access_control_max_age.header_value",
                        String.valueOf(a.cors().maxAge().seconds())));
            }
        }
        return out;
    }

    /**
     * The listener rule ECS shifts for a blue-green service: the one rule of its front load balancer that reaches it
     * (platform.aws.EcsBlueGreen decides, for both AWS targets). Null when the service does not deploy blue-green.
     */
    static String blueGreenRule(Spec s, String service) {
        Integer priority = dev.forge.platform.aws.EcsBlueGreen.productionRule(s, service);
        return priority == null ? null
                : Stack.logicalId(Kind.API, ApiRoutes.frontOf(s, service)) + "Rule" + priority;
    }

    private static void targetGroup(Stack stack, String api, String svc, ServiceSpec x, boolean green) {
        HealthSpec h = x.health();
        stack.template().add(EcsServicesPart.targetGroup(api, svc) + (green ? "Green" : ""),
                "AWS::ElasticLoadBalancingV2::TargetGroup", YamlMap.of(
                "Name", EcsTasks.fit(stack.env().naming().base(api) + "-" + svc
                        + (green ? dev.forge.platform.aws.EcsBlueGreen.GREEN_SUFFIX : ""), 32),
                "Port", x.port(), "Protocol", "HTTP", "TargetType", "ip", "VpcId", NetworkPart.vpcId(stack),
                "HealthCheckPath", h.path(), "HealthCheckIntervalSeconds", (int) h.interval().seconds(),
                "HealthCheckTimeoutSeconds", (int) h.timeout().seconds(),
                "HealthyThresholdCount", h.healthyThreshold(), "UnhealthyThresholdCount", h.unhealthyThreshold(),
                "Matcher", YamlMap.of("HttpCode", "200-399"),
                "TargetGroupAttributes", YamlList.of(attribute("deregistration_delay.timeout_seconds", "30"))));
    }

    /** The written certificate; else one requested from ACM and validated in the written zone; else a parameter. */
    private static Object certificate(Stack stack, String id, String name, ApiSpec a) {
        if (a.certificate() != null) {
            return a.certificate();
        }
        if (a.zone() != null && a.domain() != null) {
            stack.template().add(id + "Certificate", "AWS::CertificateManager::Certificate", YamlMap.of(
                    "DomainName", a.domain(), "ValidationMethod", "DNS",
                    "DomainValidationOptions", YamlList.of(YamlMap.of("DomainName", a.domain(), "HostedZoneId", a.zone()))));
            return Fn.ref(id + "Certificate");
        }
        stack.template().parameter(id + "CertificateArn", YamlMap.of("Type", "String", "Description", "ACM certificate ARN"
                + " of the HTTPS listener of api '" + name + "' (for " + (a.domain() == null
                ? "its load balancer's DNS name or a domain you point at it" : a.domain())
                + "; or set `certificate` or `zone` in the spec).", "AllowedPattern", "^arn:aws[a-z-]*:acm:.+"));
        return Fn.ref(id + "CertificateArn");
    }

    /**
     * The access-log bucket: private, SSE-S3 encrypted (the only encryption ALB log delivery supports), TLS only, logs
     * expired after the retention, written by exactly the region's log delivery under {@code AWSLogs/<account>/}.
     */
    private static void accessLogs(Stack stack, String id, String name) {
        Template t = stack.template();
        String bucket = id + "LogsBucket";
        Resource b = t.add(bucket, "AWS::S3::Bucket", YamlMap.of("BucketName", stack.env().naming().bucket(name + "-lb-logs"),
                // FORGE-S3-001: no public access
                "PublicAccessBlockConfiguration", YamlMap.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "OwnershipControls", YamlMap.of("Rules", YamlList.of(YamlMap.of("ObjectOwnership", "BucketOwnerEnforced"))),
                // FORGE-S3-003: encrypted at rest; SSE-S3 is the one encryption ALB log delivery supports
                "BucketEncryption", YamlMap.of("ServerSideEncryptionConfiguration", YamlList.of(YamlMap.of(
                        "ServerSideEncryptionByDefault", YamlMap.of("SSEAlgorithm", "AES256")))),
                "LifecycleConfiguration", YamlMap.of("Rules", YamlList.of(YamlMap.of("Id", "expire-access-logs",
                        "Status", "Enabled", "ExpirationInDays", (int) NetworkPart.retention(stack))))));
        if (stack.production()) {
            b.keep(Resource.Policy.Retain);
        }
        b.suppressGuard("s3_bucket_default_encryption_kms_check", "SSE-S3 is the one encryption ALB access-log"
                + " delivery supports (SSE-KMS is refused)");
        b.suppressGuard("s3_bucket_logging_enabled_check", "this bucket receives access logs; logging its own access"
                + " would need another bucket, and so on");
        b.suppressGuard("s3_bucket_versioning_enabled_check", "access logs are written once and expire after the"
                + " retention; versions would keep them past it");
        b.suppressGuard("s3_bucket_object_lock_enabled_check", "access logs expire after the retention (a lock would"
                + " forbid it)");
        b.suppressGuard("s3_event_notifications_enabled_check", "nothing reacts to a new access-log object");
        String region = stack.env().environment().region();
        YamlMap writer = ElbLogDelivery.account(region)
                .<YamlMap>map(acct -> YamlMap.of("AWS", Fn.sub("arn:${AWS::Partition}:iam::" + acct + ":root")))
                .orElse(YamlMap.of("Service", ElbLogDelivery.SERVICE));
        // FORGE-S3-008: TLS only; the region's log delivery writes under AWSLogs/<account>/ only
        t.add(bucket + "Policy", "AWS::S3::BucketPolicy", YamlMap.of("Bucket", Fn.ref(bucket), "PolicyDocument",
                YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(
                        YamlMap.of("Sid", "DenyWithoutTls", "Effect", "Deny", "Principal", "*", "Action", "s3:*",
                                "Resource", YamlList.of(Fn.getAtt(bucket, "Arn"),
                                        Fn.join("", java.util.List.of(Fn.getAtt(bucket, "Arn"), "/*"))),
                                "Condition", YamlMap.of("Bool", YamlMap.of("aws:SecureTransport", "false"))),
                        YamlMap.of("Sid", "LoadBalancerLogDelivery", "Effect", "Allow", "Principal", writer,
                                "Action", "s3:PutObject",
                                "Resource", Fn.sub("${" + bucket + ".Arn}/AWSLogs/${AWS::AccountId}/*"))))));
    }

    private static YamlMap attribute(String key, Object value) {
        return YamlMap.of("Key", key, "Value", value);
    }

}
