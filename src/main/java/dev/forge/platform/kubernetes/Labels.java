package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.resolve.ResolvedEnv;

/** The standard labels ({@code app.kubernetes.io/*}) and object metadata every object carries. */
public final class Labels {

    public static final String NAME = "app.kubernetes.io/name";
    public static final String INSTANCE = "app.kubernetes.io/instance";
    public static final String VERSION = "app.kubernetes.io/version";
    public static final String COMPONENT = "app.kubernetes.io/component";
    public static final String PART_OF = "app.kubernetes.io/part-of";
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "forge";

    private Labels() {
    }

    /** The labels a workload's pods are selected by (immutable on a Deployment: name and instance only). */
    public static YamlMap selector(ResolvedEnv env, String name) {
        return YamlMap.of(NAME, name, INSTANCE, env.spec().app());
    }

    /** Every standard label; {@code version} is left out when unknown (built images: CI adds it, see docs). */
    public static YamlMap of(ResolvedEnv env, String name, String component, String version) {
        return selector(env, name).put(VERSION, version).put(COMPONENT, component).put(PART_OF, env.spec().app())
                .put(MANAGED_BY, MANAGER);
    }

    /** {@code metadata} of a namespaced object. */
    public static YamlMap metadata(ResolvedEnv env, String name, YamlMap labels) {
        return YamlMap.of("name", name, "namespace", KubeEnv.namespace(env), "labels", labels);
    }

    /** A whole object: apiVersion, kind, metadata. */
    public static YamlMap object(String apiVersion, String kind, YamlMap metadata) {
        return YamlMap.of("apiVersion", apiVersion, "kind", kind, "metadata", metadata);
    }
}
