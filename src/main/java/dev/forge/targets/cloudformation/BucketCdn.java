package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.CdnSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;

/**
 * A bucket's CDN: {@code <id>OriginAccessControl} (SigV4, always signing) and {@code <id>Distribution} reading the
 * bucket through it, HTTPS only for viewers, GET/HEAD, compressed, CloudFront's managed CachingOptimized policy,
 * PriceClass_100; a custom domain takes its certificate (ACM, us-east-1) from the parameter
 * {@code <id>CdnCertificateArn}. The bucket policy lets only this distribution read ({@link #readStatement}).
 */
final class BucketCdn {

    /** CloudFront's managed cache policy Managed-CachingOptimized (the same ID in every account). */
    static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";

    private BucketCdn() {
    }

    static YamlMap readStatement(String bucketId) {
        return YamlMap.of("Sid", "AllowCloudFrontRead", "Effect", "Allow",
                "Principal", YamlMap.of("Service", "cloudfront.amazonaws.com"),
                "Action", YamlList.of("s3:GetObject"),
                "Resource", YamlList.of(Fn.join("", java.util.List.of(Fn.getAtt(bucketId, "Arn"), "/*"))),
                "Condition", YamlMap.of("StringEquals", YamlMap.of("AWS:SourceArn",
                        Fn.sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${" + bucketId + "Distribution}"))));
    }

    static void add(Stack stack, Ref bucket, CdnSpec cdn) {
        String id = Stack.logicalId(bucket);
        String name = stack.physicalName(Kind.BUCKET, bucket.name());
        stack.template().add(id + "OriginAccessControl", "AWS::CloudFront::OriginAccessControl", YamlMap.of(
                "OriginAccessControlConfig", YamlMap.of("Name", name, "Description", "Read access to " + name,
                        "OriginAccessControlOriginType", "s3", "SigningBehavior", "always", "SigningProtocol", "sigv4")));
        YamlMap certificate;
        boolean custom = false;
        if (cdn.domain() != null) {
            String parameter = id + "CdnCertificateArn";
            stack.template().parameter(parameter, YamlMap.of("Type", "String",
                    "Description", "ARN of the ACM certificate (in us-east-1) for " + cdn.domain(),
                    "AllowedPattern", "^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/.+$",
                    "ConstraintDescription", "an ACM certificate ARN in us-east-1 (CloudFront reads certificates there only)"));
            certificate = YamlMap.of("AcmCertificateArn", Fn.ref(parameter), "SslSupportMethod", "sni-only",
                    "MinimumProtocolVersion", "TLSv1.2_2021");
            custom = true;
        } else {
            certificate = YamlMap.of("CloudFrontDefaultCertificate", true);
        }
        YamlMap config = YamlMap.of("Enabled", true, "IPV6Enabled", true, "Comment", name,
                "DefaultRootObject", cdn.defaultRoot(), "PriceClass", "PriceClass_100");
        if (cdn.domain() != null) {
            config.put("Aliases", YamlList.of(cdn.domain()));
        }
        config.put("Origins", YamlList.of(YamlMap.of("Id", "s3",
                "DomainName", Fn.getAtt(id, "RegionalDomainName"),
                "OriginAccessControlId", Fn.getAtt(id + "OriginAccessControl", "Id"),
                "S3OriginConfig", YamlMap.of("OriginAccessIdentity", ""))));
        config.put("DefaultCacheBehavior", YamlMap.of("TargetOriginId", "s3", "ViewerProtocolPolicy", "redirect-to-https",
                "AllowedMethods", YamlList.of("GET", "HEAD"), "CachedMethods", YamlList.of("GET", "HEAD"),
                "Compress", true, "CachePolicyId", CACHING_OPTIMIZED));
        config.put("ViewerCertificate", certificate);
        Resource d = stack.template().add(id + "Distribution", "AWS::CloudFront::Distribution",
                YamlMap.of("DistributionConfig", config));
        d.suppressGuard("cloudfront_access_logs_enabled_check", "CT.CLOUDFRONT.PR.9: access logs are not part of the spec")
                .suppressGuard("cloudfront_origin_failover_enabled_check", "CT.CLOUDFRONT.PR.3: one origin, the bucket;"
                        + " there is no second origin to fail over to");
        if (custom) {
            String why = "the certificate is the stack parameter " + id + "CdnCertificateArn (an ACM certificate in"
                    + " us-east-1, its ARN checked by the parameter's pattern), which the rule cannot read through a Ref";
            d.suppressGuard("cloudfront_custom_ssl_certificate_check", "CT.CLOUDFRONT.PR.6: " + why)
                    .suppressGuard("cloudfront_sni_enabled_check", "CT.CLOUDFRONT.PR.7: SslSupportMethod is sni-only; " + why);
        }
        if (cdn.domain() == null) {
            d.suppressGuard("cloudfront_custom_ssl_certificate_check", "CT.CLOUDFRONT.PR.7: no custom domain in the"
                            + " spec, so CloudFront's own certificate for *.cloudfront.net")
                    .suppressGuard("cloudfront_sni_enabled_check", "CT.CLOUDFRONT.PR.8: CloudFront's default certificate"
                            + " (no custom domain) has no SNI setting")
                    .suppressGuard("cloudfront_security_policy_check", "CT.CLOUDFRONT.PR.4: with CloudFront's default"
                            + " certificate the minimum protocol version cannot be set");
        }
        stack.template().output(id + "CdnDomainName", "Domain name of the CDN of bucket " + bucket.name(),
                Fn.getAtt(id + "Distribution", "DomainName"), null);
    }
}
