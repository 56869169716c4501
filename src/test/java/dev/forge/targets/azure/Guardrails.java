package dev.forge.targets.azure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security rules the azure output must keep, checked on the template itself (never on the model): TLS 1.2 and
 * HTTPS only, public access off, infrastructure encryption, Key Vault in RBAC mode with soft delete and (production)
 * purge protection, and no secret literal (passwords only as secure parameters the parameters file reads from Key
 * Vault; container secrets only as Key Vault references).
 */
final class Guardrails {

    private Guardrails() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> resources(Map<String, Object> template, String type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) template.get("resources")) {
            Map<String, Object> r = (Map<String, Object>) o;
            if (type.equals(r.get("type"))) {
                out.add(r);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        Object n = node;
        for (String k : path) {
            n = n instanceof Map<?, ?> m ? m.get(k) : null;
        }
        return n;
    }

    private static void each(Map<String, Object> t, String type, List<String> out, BiConsumer<Map<String, Object>, List<String>> rule) {
        resources(t, type).forEach(r -> rule.accept(r, out));
    }

    static List<String> tls(Map<String, Object> t) {
        List<String> out = new ArrayList<>();
        each(t, "Microsoft.Storage/storageAccounts", out, (r, o) -> {
            if (!"TLS1_2".equals(at(r, "properties", "minimumTlsVersion"))) {
                o.add(r.get("name") + ": storage minimumTlsVersion is not TLS1_2");
            }
            if (!Boolean.TRUE.equals(at(r, "properties", "supportsHttpsTrafficOnly"))) {
                o.add(r.get("name") + ": storage accepts HTTP");
            }
        });
        each(t, "Microsoft.Cache/redis", out, (r, o) -> {
            if (!"1.2".equals(at(r, "properties", "minimumTlsVersion"))) {
                o.add(r.get("name") + ": redis minimumTlsVersion is not 1.2");
            }
            if (!Boolean.FALSE.equals(at(r, "properties", "enableNonSslPort"))) {
                o.add(r.get("name") + ": redis non-TLS port is on");
            }
        });
        each(t, "Microsoft.ServiceBus/namespaces", out, (r, o) -> {
            if (!"1.2".equals(at(r, "properties", "minimumTlsVersion"))) {
                o.add(r.get("name") + ": service bus minimumTlsVersion is not 1.2");
            }
        });
        return out;
    }

    static List<String> publicAccess(Map<String, Object> t) {
        List<String> out = new ArrayList<>();
        each(t, "Microsoft.Storage/storageAccounts", out, (r, o) -> {
            if (!Boolean.FALSE.equals(at(r, "properties", "allowBlobPublicAccess"))) {
                o.add(r.get("name") + ": blob public access allowed");
            }
            if (!Boolean.FALSE.equals(at(r, "properties", "allowSharedKeyAccess"))) {
                o.add(r.get("name") + ": shared key access allowed");
            }
        });
        each(t, "Microsoft.Storage/storageAccounts/blobServices/containers", out, (r, o) -> {
            if (!"None".equals(at(r, "properties", "publicAccess"))) {
                o.add(r.get("name") + ": container is public");
            }
        });
        each(t, "Microsoft.Cache/redis", out, (r, o) -> {
            if (!"Disabled".equals(at(r, "properties", "publicNetworkAccess"))) {
                o.add(r.get("name") + ": redis reachable from the internet");
            }
        });
        each(t, "Microsoft.DBforPostgreSQL/flexibleServers", out, (r, o) -> {
            if (at(r, "properties", "network", "delegatedSubnetResourceId") == null) {
                o.add(r.get("name") + ": postgres not on private access (no delegated subnet)");
            }
        });
        each(t, "Microsoft.ContainerRegistry/registries", out, (r, o) -> {
            if (!Boolean.FALSE.equals(at(r, "properties", "anonymousPullEnabled"))
                    || !Boolean.FALSE.equals(at(r, "properties", "adminUserEnabled"))) {
                o.add(r.get("name") + ": registry allows anonymous pull or an admin user");
            }
        });
        each(t, "Microsoft.ServiceBus/namespaces", out, (r, o) -> {
            if (!Boolean.TRUE.equals(at(r, "properties", "disableLocalAuth"))) {
                o.add(r.get("name") + ": service bus accepts shared access keys");
            }
        });
        return out;
    }

    static List<String> encryption(Map<String, Object> t) {
        List<String> out = new ArrayList<>();
        each(t, "Microsoft.Storage/storageAccounts", out, (r, o) -> {
            if (!Boolean.TRUE.equals(at(r, "properties", "encryption", "requireInfrastructureEncryption"))) {
                o.add(r.get("name") + ": no infrastructure encryption");
            }
            if (!Boolean.TRUE.equals(at(r, "properties", "encryption", "services", "blob", "enabled"))) {
                o.add(r.get("name") + ": blob encryption off");
            }
        });
        return out;
    }

    static List<String> vault(Map<String, Object> t, boolean production) {
        List<String> out = new ArrayList<>();
        each(t, "Microsoft.KeyVault/vaults", out, (r, o) -> {
            if (!Boolean.TRUE.equals(at(r, "properties", "enableRbacAuthorization"))) {
                o.add(r.get("name") + ": vault not in RBAC mode");
            }
            if (!Boolean.TRUE.equals(at(r, "properties", "enableSoftDelete"))) {
                o.add(r.get("name") + ": vault without soft delete");
            }
            if (production && !Boolean.TRUE.equals(at(r, "properties", "enablePurgeProtection"))) {
                o.add(r.get("name") + ": production vault without purge protection");
            }
        });
        if (resources(t, "Microsoft.KeyVault/vaults").size() != 1) {
            out.add("the template has no Key Vault");
        }
        return out;
    }

    /** No secret literal: passwords are secure parameters without defaults, read from Key Vault by the parameters file. */
    @SuppressWarnings("unchecked")
    static List<String> noSecretLiteral(Map<String, Object> t, Map<String, Object> parametersFile) {
        List<String> out = new ArrayList<>();
        Map<String, Object> params = (Map<String, Object>) t.get("parameters");
        Map<String, Object> given = (Map<String, Object>) parametersFile.get("parameters");
        each(t, "Microsoft.DBforPostgreSQL/flexibleServers", out, (r, o) -> {
            Object pw = at(r, "properties", "administratorLoginPassword");
            if (!(pw instanceof String s) || !ArmExpr.isExpression(s)
                    || !(ArmExpr.parse(s) instanceof ArmExpr.Call c) || !c.function().equals("parameters")) {
                o.add(r.get("name") + ": administrator password is not a parameter: " + pw);
                return;
            }
            String name = ((ArmExpr.Str) c.args().get(0)).value();
            Object spec = params.get(name);
            if (!"securestring".equals(at(spec, "type")) || at(spec, "defaultValue") != null) {
                o.add(r.get("name") + ": parameter " + name + " is not a securestring without default");
            }
            if (at(given.get(name), "reference", "keyVault", "id") == null || at(given.get(name), "reference", "secretName") == null) {
                o.add(r.get("name") + ": parameters file does not read " + name + " from Key Vault");
            }
            if (at(given.get(name), "value") != null) {
                o.add(r.get("name") + ": parameters file holds " + name + " as a literal");
            }
        });
        for (String type : List.of("Microsoft.App/containerApps", "Microsoft.App/jobs")) {
            each(t, type, out, (r, o) -> {
                Object secrets = at(r, "properties", "configuration", "secrets");
                if (secrets instanceof List<?> l) {
                    for (Object s : l) {
                        if (at(s, "value") != null || at(s, "keyVaultUrl") == null) {
                            o.add(r.get("name") + ": secret " + at(s, "name") + " is not a Key Vault reference");
                        }
                    }
                }
            });
        }
        return out;
    }
}
