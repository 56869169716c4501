package dev.forge.targets.azure;

import dev.forge.platform.azure.ApiVersions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One environment's ARM template being built: parameters and resources. {@link #toJson} renders it (keys sorted by
 * the writer): {@code $schema}, {@code contentVersion}, {@code parameters}, {@code resources}; every resource's
 * {@code apiVersion} comes from {@link ApiVersions}, every {@link Val} becomes an expression.
 */
final class Template {

    static final String SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    static final String PARAMETERS_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";
    static final String CONTENT_VERSION = "1.0.0.0";

    /**
     * One resource: what it is ({@code res}), its template name (the joined segments, or an expression such as a role
     * assignment's {@code guid()}), where it lives ({@code location}: null for none), its body and what it waits for.
     */
    record Resource(Res res, Object name, Object location, Map<String, Object> body, List<Res> dependsOn) {
    }

    private final Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Object> tags;
    private final String description;

    Template(String description, Map<String, String> tags) {
        this.description = description;
        this.tags = new java.util.TreeMap<>(tags);
    }

    void parameter(String name, Map<String, Object> spec) {
        parameters.put(name, spec);
    }

    Map<String, Map<String, Object>> parameters() {
        return parameters;
    }

    List<Resource> resources() {
        return resources;
    }

    /** The {@code location} every regional resource takes. */
    static Arm.Expr location() {
        return Arm.parameter("location");
    }

    /** Adds a regional resource (location and tags). */
    Resource add(Res res, Map<String, Object> body, Res... dependsOn) {
        Map<String, Object> b = new LinkedHashMap<>(body);
        b.put("tags", tags);
        return add(new Resource(res, res.name(), location(), b, List.of(dependsOn)));
    }

    /** Adds a global resource (private DNS zones, action groups, alerts: location {@code global}) with tags. */
    Resource addGlobal(Res res, Map<String, Object> body, Res... dependsOn) {
        Map<String, Object> b = new LinkedHashMap<>(body);
        b.put("tags", tags);
        return add(new Resource(res, res.name(), "global", b, List.of(dependsOn)));
    }

    /** Adds a resource without location or tags (a child, an extension resource, a budget). */
    Resource addPlain(Res res, Object name, Map<String, Object> body, Res... dependsOn) {
        return add(new Resource(res, name, null, body, List.of(dependsOn)));
    }

    private Resource add(Resource r) {
        resources.add(r);
        return r;
    }

    /** The template as a JSON tree (maps and lists), every {@link Val} and expression rendered. */
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", SCHEMA);
        out.put("contentVersion", CONTENT_VERSION);
        out.put("metadata", Map.of("description", description, "generator", "forge (target azure)"));
        Map<String, Object> params = new LinkedHashMap<>();
        parameters.forEach((k, v) -> params.put(k, Render.arm(v)));
        out.put("parameters", params);
        List<Object> res = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", r.res().type());
            m.put("apiVersion", ApiVersions.of(r.res().type()));
            m.put("name", Render.arm(r.name()));
            if (r.location() != null) {
                m.put("location", Render.arm(r.location()));
            }
            r.body().forEach((k, v) -> m.put(k, Render.arm(v)));
            if (!r.dependsOn().isEmpty()) {
                List<Object> deps = new ArrayList<>();
                r.dependsOn().stream().distinct().forEach(d -> deps.add(Arm.render(Arm.resourceId(d))));
                m.put("dependsOn", deps);
            }
            res.add(m);
        }
        out.put("resources", res);
        return out;
    }
}
