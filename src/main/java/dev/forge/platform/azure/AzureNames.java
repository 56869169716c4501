package dev.forge.platform.azure;

import dev.forge.resolve.ResolvedEnv;
import java.util.Locale;
import java.util.Map;

/**
 * Azure names and places, decided once: the resource group of an environment, names that fit each resource type's
 * rules (length, characters, global uniqueness), the Azure location of an environment's region, and the Key Vault
 * secret that holds each value.
 */
public final class AzureNames {

    /**
     * The Azure location closest to each AWS region the spec may name (the spec's regions are AWS's). A region missing
     * here is refused with the list.
     */
    private static final Map<String, String> LOCATIONS = Map.ofEntries(
            Map.entry("us-east-1", "eastus"), Map.entry("us-east-2", "eastus2"), Map.entry("us-west-1", "westus"),
            Map.entry("us-west-2", "westus2"), Map.entry("ca-central-1", "canadacentral"),
            Map.entry("eu-west-1", "northeurope"), Map.entry("eu-west-2", "uksouth"), Map.entry("eu-west-3", "francecentral"),
            Map.entry("eu-central-1", "germanywestcentral"), Map.entry("eu-central-2", "switzerlandnorth"),
            Map.entry("eu-north-1", "swedencentral"), Map.entry("eu-south-1", "italynorth"),
            Map.entry("ap-southeast-1", "southeastasia"), Map.entry("ap-southeast-2", "australiaeast"),
            Map.entry("ap-northeast-1", "japaneast"), Map.entry("ap-northeast-2", "koreacentral"),
            Map.entry("ap-northeast-3", "japanwest"), Map.entry("ap-south-1", "centralindia"),
            Map.entry("ap-east-1", "eastasia"), Map.entry("sa-east-1", "brazilsouth"),
            Map.entry("me-central-1", "uaenorth"), Map.entry("me-south-1", "qatarcentral"),
            Map.entry("il-central-1", "israelcentral"), Map.entry("af-south-1", "southafricanorth"),
            Map.entry("ap-south-2", "southindia"), Map.entry("eu-south-2", "spaincentral"),
            Map.entry("ap-southeast-4", "australiasoutheast"), Map.entry("mx-central-1", "mexicocentral"),
            Map.entry("ca-west-1", "canadaeast"));

    private AzureNames() {
    }

    /** The Azure location of the environment's region. */
    public static String location(ResolvedEnv env) {
        String region = env.environment().region();
        String loc = LOCATIONS.get(region);
        if (loc == null) {
            throw new IllegalArgumentException("region '" + region + "' has no Azure location here; use one of "
                    + String.join(", ", new java.util.TreeSet<>(LOCATIONS.keySet())));
        }
        return loc;
    }

    /** The resource group an environment is deployed into: {@code rg-<app>-<env>}. */
    public static String resourceGroup(ResolvedEnv env) {
        return "rg-" + env.naming().prefix();
    }

    /**
     * {@code prefix-<app>-<name>-<env>} cut to {@code max} characters: when too long, the first characters and a
     * six-character hash of the whole, so two long names never meet.
     */
    public static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hash = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 6);
        String head = name.substring(0, max - 7).replaceAll("-+$", "");
        return head + "-" + hash;
    }

    /** Letters and digits only, lower case, cut to {@code max} with a hash when too long (storage accounts, registries). */
    public static String compact(String name, int max) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (plain.length() <= max) {
            return plain;
        }
        String hash = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 6);
        return plain.substring(0, max - 6) + hash;
    }

    /** A resource's name: {@code <prefix>-<app>-<name>-<env>} within {@code max} characters. */
    public static String of(ResolvedEnv env, String prefix, String resource, int max) {
        return fit(prefix + "-" + env.naming().base(resource), max);
    }

    /** The environment's own resources (vault, workspace, managed environment): {@code <prefix>-<app>-<env>}. */
    public static String own(ResolvedEnv env, String prefix, int max) {
        return fit(prefix + "-" + env.naming().prefix(), max);
    }

    /** The Key Vault (3-24 characters, globally unique). */
    public static String vault(ResolvedEnv env) {
        return own(env, "kv", 24);
    }

    /** The vault's URI (public Azure cloud). */
    public static String vaultUri(ResolvedEnv env) {
        return "https://" + vault(env) + ".vault.azure.net/";
    }

    /** The Key Vault secret holding the spec secret {@code name}'s value. */
    public static String secret(String name) {
        return "secret-" + name;
    }

    /** The Key Vault secret holding the parameter {@code name}'s value. */
    public static String parameter(String name) {
        return "param-" + name;
    }

    /** The Key Vault secret holding the database {@code name}'s administrator password. */
    public static String databasePassword(String name) {
        return "db-" + name + "-password";
    }

    /** The database's administrator login (not a reserved name such as admin or azure_superuser). */
    public static String databaseLogin(String name) {
        return name.replace('-', '_') + "_admin";
    }
}
