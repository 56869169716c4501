package dev.forge.platform.aws;

import java.util.Map;
import java.util.Optional;

/**
 * Who writes a load balancer's access logs into its bucket. In the regions that existed before August 2022 it is
 * Elastic Load Balancing's own account of the region (the bucket policy names it); in newer regions it is the
 * service principal {@code logdelivery.elasticloadbalancing.amazonaws.com}. Source: "Enable access logs for your
 * Application Load Balancer" (step 2, bucket policy), Elastic Load Balancing user guide.
 */
public final class ElbLogDelivery {

    private static final Map<String, String> ACCOUNTS = Map.ofEntries(
            Map.entry("us-east-1", "127311923021"), Map.entry("us-east-2", "033677994240"),
            Map.entry("us-west-1", "027434742980"), Map.entry("us-west-2", "797873946194"),
            Map.entry("af-south-1", "098369216593"), Map.entry("ap-east-1", "754344448648"),
            Map.entry("ap-southeast-3", "589379963580"), Map.entry("ap-south-1", "718504428378"),
            Map.entry("ap-northeast-3", "383597477331"), Map.entry("ap-northeast-2", "600734575887"),
            Map.entry("ap-southeast-1", "114774131450"), Map.entry("ap-southeast-2", "783225319266"),
            Map.entry("ap-northeast-1", "582318560864"), Map.entry("ca-central-1", "985666609251"),
            Map.entry("eu-central-1", "054676820928"), Map.entry("eu-west-1", "156460612806"),
            Map.entry("eu-west-2", "652711504416"), Map.entry("eu-south-1", "635631232127"),
            Map.entry("eu-west-3", "009996457667"), Map.entry("eu-north-1", "897822967062"),
            Map.entry("me-south-1", "076674570225"), Map.entry("sa-east-1", "507241528517"),
            Map.entry("us-gov-west-1", "048591011584"), Map.entry("us-gov-east-1", "190560391635"));

    /** The service principal of newer regions. */
    public static final String SERVICE = "logdelivery.elasticloadbalancing.amazonaws.com";

    private ElbLogDelivery() {
    }

    /** Elastic Load Balancing's account in {@code region}; empty where the service principal delivers. */
    public static Optional<String> account(String region) {
        return Optional.ofNullable(ACCOUNTS.get(region));
    }
}
