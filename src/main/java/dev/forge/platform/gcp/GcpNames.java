package dev.forge.platform.gcp;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Names on Google Cloud, decided once for every GCP target (the Terraform of {@code gcp/terraform} and the Cloud Run
 * files must agree on them): the region, resource names {@code <app>-<name>-<env>} (as on AWS), service account IDs
 * (6-30 characters, shortened with a hash when longer), and the Cloud Run job a schedule starts.
 */
public final class GcpNames {

    private static final Pattern GCP_REGION = Pattern.compile("[a-z]+-[a-z]+[0-9]+");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    /**
     * The Google Cloud region nearest to each AWS region a spec may name (the spec's {@code region} is shared by every
     * target): same metro where Google has one, else the same country or continent.
     */
    public static final Map<String, String> FROM_AWS = fromAws();

    /** Where a spec's region has no entry in {@link #FROM_AWS} and is not a Google Cloud region itself. */
    public static final String FALLBACK_REGION = "us-central1";

    private GcpNames() {
    }

    private static Map<String, String> fromAws() {
        Map<String, String> m = new TreeMap<>();
        m.put("us-east-1", "us-east4");          // N. Virginia -> Ashburn
        m.put("us-east-2", "us-east5");          // Ohio -> Columbus
        m.put("us-west-1", "us-west2");          // N. California -> Los Angeles
        m.put("us-west-2", "us-west1");          // Oregon -> Oregon
        m.put("ca-central-1", "northamerica-northeast1"); // Montreal
        m.put("sa-east-1", "southamerica-east1"); // Sao Paulo
        m.put("eu-west-1", "europe-west1");      // Ireland -> Belgium (no GCP region in Ireland)
        m.put("eu-west-2", "europe-west2");      // London
        m.put("eu-west-3", "europe-west9");      // Paris
        m.put("eu-central-1", "europe-west3");   // Frankfurt
        m.put("eu-north-1", "europe-north1");    // Stockholm -> Finland
        m.put("eu-south-1", "europe-west8");     // Milan
        m.put("ap-south-1", "asia-south1");      // Mumbai
        m.put("ap-southeast-1", "asia-southeast1"); // Singapore
        m.put("ap-southeast-2", "australia-southeast1"); // Sydney
        m.put("ap-northeast-1", "asia-northeast1"); // Tokyo
        m.put("ap-northeast-2", "asia-northeast3"); // Seoul
        m.put("ap-northeast-3", "asia-northeast2"); // Osaka
        m.put("ap-east-1", "asia-east2");        // Hong Kong
        m.put("me-central-1", "me-central1");    // UAE -> Doha
        m.put("af-south-1", "africa-south1");    // Cape Town -> Johannesburg
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The Google Cloud region of an environment: its region as written when it is a GCP one, else the nearest. */
    public static String region(String specRegion) {
        if (specRegion == null) {
            return FALLBACK_REGION;
        }
        if (GCP_REGION.matcher(specRegion).matches()) {
            return specRegion;
        }
        return FROM_AWS.getOrDefault(specRegion, FALLBACK_REGION);
    }

    /** {@code <app>-<name>-<env>}: a resource's name in one environment (Cloud Run service and job names too). */
    public static String name(String app, String name, String env) {
        return app + "-" + name + "-" + env;
    }

    /**
     * A Cloud Storage bucket: {@code <app>-<name>-<env>}, and {@code -<project>} when the environment pins its project
     * ({@code project} non-null), as bucket names are global across every Google Cloud customer (the AWS targets add
     * the account the same way). Used by the Terraform that creates it and the Cloud Run files that name it.
     */
    public static String bucket(String app, String name, String env, String project) {
        return project == null ? name(app, name, env) : name(app, name, env) + "-" + project;
    }

    /**
     * The Cloud Run job a schedule starts: {@code <app>-<job>-<env>} in the environment's project and region. The
     * Cloud Run YAML must deploy the job under exactly this name.
     */
    public static String job(String app, String job, String env) {
        return name(app, job, env);
    }

    /**
     * A service account ID (the part of its e-mail before {@code @}): {@code <app>-<name>-<env>} when that fits the 6-30
     * characters Google allows; else the app's first letters, 4 hex digits of the full name's SHA-256 (stable, so two
     * long names never meet), then {@code -<name>-<env>}; and when even that is too long, the full name's first 23
     * characters and 6 hex digits.
     */
    public static String serviceAccountId(String app, String name, String env) {
        String full = clean(name(app, name, env));
        if (full.length() <= 30 && full.length() >= 6 && ACCOUNT_ID.matcher(full).matches()) {
            return full;
        }
        String hash = dev.forge.util.Hashing.sha256(full.getBytes(StandardCharsets.UTF_8));
        String tail = clean("-" + name + "-" + env);
        int room = 30 - tail.length() - 5;
        String head = clean(app).substring(0, Math.max(0, Math.min(room, clean(app).length()))).replaceAll("-+$", "");
        String id = room >= 1 && !head.isEmpty() ? head + "-" + hash.substring(0, 4) + tail
                : full.substring(0, Math.min(23, full.length())).replaceAll("-+$", "") + "-" + hash.substring(0, 6);
        return Character.isLetter(id.charAt(0)) ? id : "s" + id.substring(1);
    }

    private static String clean(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9]", "-");
    }

    /** A service account's e-mail in {@code project}. */
    public static String serviceAccountEmail(String accountId, String project) {
        return accountId + "@" + project + ".iam.gserviceaccount.com";
    }

    /** A label key or value: lowercase letters, digits, {@code _} and {@code -}, at most 63 characters. */
    public static String label(String s) {
        String l = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        return l.length() > 63 ? l.substring(0, 63) : l;
    }
}
