package dev.forge.targets.azure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structural check of the Container Apps objects (the YAML files, and the same objects in the template) against
 * the properties the Microsoft.App REST API (2024-03-01: ContainerApp, Job, Configuration, JobConfiguration, Ingress,
 * Template, Container, ContainerAppProbe, Scale, ScaleRule, Secret, RegistryCredentials) defines: only known
 * properties, in the place they belong, with the values' types and enumerations. Returns the problems.
 */
final class AppsCheck {

    /** The known properties under each path ("[]" marks a list's items; "*" any key). */
    static final Map<String, Set<String>> KNOWN = Map.ofEntries(
            Map.entry("", Set.of("name", "type", "location", "tags", "identity", "properties")),
            Map.entry("identity", Set.of("type", "userAssignedIdentities")),
            Map.entry("properties", Set.of("environmentId", "managedEnvironmentId", "workloadProfileName",
                    "configuration", "template")),
            Map.entry("properties.configuration", Set.of("activeRevisionsMode", "ingress", "registries", "secrets",
                    "dapr", "maxInactiveRevisions", "service", "triggerType", "replicaTimeout", "replicaRetryLimit",
                    "manualTriggerConfig", "scheduleTriggerConfig", "eventTriggerConfig")),
            Map.entry("properties.configuration.ingress", Set.of("external", "targetPort", "exposedPort", "transport",
                    "allowInsecure", "traffic", "customDomains", "ipSecurityRestrictions", "stickySessions",
                    "clientCertificateMode", "corsPolicy", "additionalPortMappings")),
            Map.entry("properties.configuration.ingress.traffic[]", Set.of("latestRevision", "weight", "revisionName", "label")),
            Map.entry("properties.configuration.registries[]", Set.of("server", "identity", "username", "passwordSecretRef")),
            Map.entry("properties.configuration.secrets[]", Set.of("name", "value", "keyVaultUrl", "identity")),
            Map.entry("properties.configuration.scheduleTriggerConfig", Set.of("cronExpression", "parallelism",
                    "replicaCompletionCount")),
            Map.entry("properties.configuration.manualTriggerConfig", Set.of("parallelism", "replicaCompletionCount")),
            Map.entry("properties.template", Set.of("containers", "initContainers", "scale", "volumes", "revisionSuffix",
                    "terminationGracePeriodSeconds", "serviceBinds")),
            Map.entry("properties.template.containers[]", Set.of("name", "image", "command", "args", "env", "resources",
                    "probes", "volumeMounts")),
            Map.entry("properties.template.containers[].env[]", Set.of("name", "value", "secretRef")),
            Map.entry("properties.template.containers[].resources", Set.of("cpu", "memory")),
            Map.entry("properties.template.containers[].probes[]", Set.of("type", "httpGet", "tcpSocket",
                    "initialDelaySeconds", "periodSeconds", "timeoutSeconds", "failureThreshold", "successThreshold",
                    "terminationGracePeriodSeconds")),
            Map.entry("properties.template.containers[].probes[].httpGet", Set.of("path", "port", "scheme", "host",
                    "httpHeaders")),
            Map.entry("properties.template.scale", Set.of("minReplicas", "maxReplicas", "rules")),
            Map.entry("properties.template.scale.rules[]", Set.of("name", "http", "custom", "tcp", "azureQueue")),
            Map.entry("properties.template.scale.rules[].http", Set.of("metadata", "auth")),
            Map.entry("properties.template.scale.rules[].custom", Set.of("type", "metadata", "auth")));

    /** Paths whose keys are free (resource IDs, tags, scaler metadata) and whose values must be strings or empty maps. */
    static final Set<String> FREE = Set.of("tags", "identity.userAssignedIdentities",
            "properties.template.scale.rules[].http.metadata", "properties.template.scale.rules[].custom.metadata");

    static final Map<String, Set<String>> ENUMS = Map.of(
            "identity.type", Set.of("None", "SystemAssigned", "UserAssigned", "SystemAssigned,UserAssigned"),
            "properties.configuration.activeRevisionsMode", Set.of("Single", "Multiple"),
            "properties.configuration.ingress.transport", Set.of("auto", "http", "http2", "tcp"),
            "properties.configuration.triggerType", Set.of("Schedule", "Manual", "Event"),
            "properties.template.containers[].probes[].type", Set.of("Liveness", "Readiness", "Startup"),
            "properties.template.containers[].probes[].httpGet.scheme", Set.of("HTTP", "HTTPS"),
            "type", Set.of("Microsoft.App/containerApps", "Microsoft.App/jobs"));

    private final List<String> problems = new ArrayList<>();
    private final String file;

    private AppsCheck(String file) {
        this.file = file;
    }

    static List<String> check(String file, Map<?, ?> app) {
        AppsCheck c = new AppsCheck(file);
        c.walk(app, "");
        c.rules(app);
        return c.problems;
    }

    private void walk(Object v, String path) {
        if (v instanceof Map<?, ?> m) {
            if (FREE.contains(path)) {
                m.forEach((k, x) -> {
                    if (!(x instanceof String) && !(x instanceof Map<?, ?> e && e.isEmpty())) {
                        problems.add(file + ": " + path + "." + k + " must be a string");
                    }
                });
                return;
            }
            Set<String> known = KNOWN.get(path);
            if (known == null) {
                problems.add(file + ": " + path + " must not be an object");
                return;
            }
            m.forEach((k, x) -> {
                if (!known.contains(String.valueOf(k))) {
                    problems.add(file + ": unknown property " + (path.isEmpty() ? "" : path + ".") + k);
                } else {
                    walk(x, path.isEmpty() ? String.valueOf(k) : path + "." + k);
                }
            });
        } else if (v instanceof List<?> l) {
            l.forEach(x -> walk(x, path + "[]"));
        } else {
            Set<String> allowed = ENUMS.get(path);
            if (allowed != null && !allowed.contains(String.valueOf(v))) {
                problems.add(file + ": " + path + " is '" + v + "', not one of " + allowed);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void rules(Map<?, ?> app) {
        Map<String, Object> props = (Map<String, Object>) app.get("properties");
        if (props == null || props.get("environmentId") == null && props.get("managedEnvironmentId") == null) {
            problems.add(file + ": no environmentId");
            return;
        }
        Map<String, Object> template = (Map<String, Object>) props.get("template");
        List<Map<String, Object>> containers = template == null ? List.of()
                : (List<Map<String, Object>>) template.getOrDefault("containers", List.of());
        if (containers.isEmpty()) {
            problems.add(file + ": no containers");
        }
        Map<String, Object> conf = (Map<String, Object>) props.getOrDefault("configuration", Map.of());
        Set<String> secrets = new java.util.HashSet<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) conf.getOrDefault("secrets", List.of())) {
            secrets.add(String.valueOf(s.get("name")));
            if (s.get("value") != null) {
                problems.add(file + ": secret " + s.get("name") + " holds a literal value");
            }
            if (s.get("keyVaultUrl") == null || s.get("identity") == null) {
                problems.add(file + ": secret " + s.get("name") + " is not a Key Vault reference with an identity");
            }
        }
        for (Map<String, Object> c : containers) {
            if (c.get("name") == null || c.get("image") == null) {
                problems.add(file + ": a container without name or image");
            }
            Map<String, Object> res = (Map<String, Object>) c.getOrDefault("resources", Map.of());
            if (!(res.get("cpu") instanceof Number)) {
                problems.add(file + ": resources.cpu is not a number");
            }
            if (!String.valueOf(res.get("memory")).matches("\\d+(\\.\\d+)?Gi")) {
                problems.add(file + ": resources.memory is not a Gi size: " + res.get("memory"));
            }
            for (Map<String, Object> e : (List<Map<String, Object>>) c.getOrDefault("env", List.of())) {
                boolean value = e.containsKey("value");
                boolean ref = e.containsKey("secretRef");
                if (value == ref) {
                    problems.add(file + ": env " + e.get("name") + " needs exactly one of value and secretRef");
                }
                if (value && !(e.get("value") instanceof String)) {
                    problems.add(file + ": env " + e.get("name") + " value is not a string");
                }
                if (ref && !secrets.contains(String.valueOf(e.get("secretRef")))) {
                    problems.add(file + ": env " + e.get("name") + " names no secret of the app");
                }
            }
        }
        if ("Microsoft.App/jobs".equals(app.get("type")) || conf.containsKey("triggerType")) {
            Object trigger = conf.get("triggerType");
            if ("Schedule".equals(trigger) && !(conf.get("scheduleTriggerConfig") instanceof Map<?, ?>)) {
                problems.add(file + ": a scheduled job without scheduleTriggerConfig");
            }
            if (conf.get("replicaTimeout") == null) {
                problems.add(file + ": a job without replicaTimeout");
            }
        }
    }
}
