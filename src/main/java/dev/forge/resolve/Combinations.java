package dev.forge.resolve;

import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.BucketSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.IndexSpec;
import dev.forge.model.Kind;
import dev.forge.model.Projection;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.model.TableSpec;
import dev.forge.model.Use;
import java.util.List;
import java.util.Map;

/**
 * Checks fields that are each valid but must fit together (FORGE-E121), on one environment's resolved
 * spec. The resolver runs it for every environment and reports each problem once.
 */
final class Combinations {

    private final SourceMap sources;
    private final Diagnostics diags;
    private final Environment env;

    Combinations(SourceMap sources, Diagnostics diags, Environment env) {
        this.sources = sources;
        this.diags = diags;
        this.env = env;
    }

    void check(Spec spec) {
        each(spec.functions(), Kind.FUNCTION, (name, f, path) -> function(name, f, path));
        each(spec.services(), Kind.SERVICE, (name, s, path) -> {
            image(s.image(), SourceMap.child(path, "image"), "service '" + name + "'");
            if (s.autoscaling() != null && s.autoscaling().min() != null && s.autoscaling().max() != null
                    && s.autoscaling().min() > s.autoscaling().max()) {
                error(SourceMap.child(path, "autoscaling"), "service '" + name + "': autoscaling min "
                        + s.autoscaling().min() + " is above max " + s.autoscaling().max(), "Make min at most max.");
            }
        });
        each(spec.apis(), Kind.API, (name, a, path) -> api(spec, name, a, path));
        each(spec.tables(), Kind.TABLE, (name, t, path) -> table(name, t, path));
        each(spec.buckets(), Kind.BUCKET, (name, b, path) -> bucket(name, b, path));
    }

    private void function(String name, FunctionSpec f, String path) {
        String who = "function '" + name + "'";
        if (f.source() == null && f.image() == null) {
            error(path, who + " has neither `source` nor `image`", "Add `source: DIR` (a zip) or `image:` (a container).");
        } else if (f.source() != null && f.image() != null) {
            error(SourceMap.child(path, "image"), who + " has both `source` and `image`", "Keep one of them.");
        } else if (f.source() != null && (f.runtime() == null || f.handler() == null)) {
            error(path, who + " is built from source, so it needs `runtime` and `handler`",
                    "Add e.g. `runtime: python3.12` and `handler: app.handler`.");
        }
        if (f.image() != null) {
            image(f.image(), SourceMap.child(path, "image"), who);
        }
        if (f.provisionedConcurrency() != null && f.reservedConcurrency() != null
                && f.provisionedConcurrency() > f.reservedConcurrency()) {
            error(SourceMap.child(path, "provisioned-concurrency"), who + ": provisioned concurrency "
                    + f.provisionedConcurrency() + " exceeds reserved concurrency " + f.reservedConcurrency(),
                    "Reserve at least as much concurrency as is provisioned.");
        }
        if (f.uses() != null && !Boolean.TRUE.equals(f.vpc())) {
            for (Use u : f.uses()) {
                if (u.ref().kind() == Kind.DATABASE || u.ref().kind() == Kind.CACHE) {
                    error(SourceMap.child(path, "uses"), who + " connects to " + u.ref() + ", which lives in the"
                            + " private network", "Add `vpc: true` to the function.");
                }
            }
        }
    }

    private void image(ImageSpec image, String path, String who) {
        if (image == null) {
            return;
        }
        if (image.ref() == null && image.build() == null) {
            error(path, who + ": image needs `ref` or `build`", "Write `image: REPO:TAG` or `image: { build: DIR }`.");
        } else if (image.ref() != null && image.build() != null) {
            error(path, who + ": image has both `ref` and `build`", "Keep one of them.");
        }
    }

    private void api(Spec spec, String name, ApiSpec a, String path) {
        String who = "api '" + name + "'";
        if (a.auth() != null && a.auth().type() == AuthType.JWT && (a.auth().issuer() == null || a.auth().audience() == null
                || a.auth().audience().isEmpty())) {
            error(SourceMap.child(path, "auth"), who + ": jwt auth needs `issuer` and `audience`",
                    "Add `issuer: https://...` and `audience: [CLIENT_ID]`.");
        }
        if (a.type() == ApiType.REST && a.auth() != null && a.auth().type() == AuthType.JWT) {
            error(SourceMap.child(path, "auth"), who + ": REST APIs authenticate with cognito, not jwt",
                    "Use `type: http` for JWT, or `auth: cognito`.");
        }
        if (a.type() == ApiType.LOADBALANCER && a.auth() != null && a.auth().type() != AuthType.NONE) {
            error(SourceMap.child(path, "auth"), who + ": a load balancer does not authenticate requests",
                    "Authenticate in the service, or use `type: http`.");
        }
        if (a.type() == ApiType.LOADBALANCER && a.routes() != null) {
            a.routes().forEach((route, r) -> {
                if (r != null && r.to() != null && r.to().kind() != Kind.SERVICE) {
                    error(SourceMap.child(SourceMap.child(path, "routes"), route), who + ": a load balancer routes to"
                            + " services, not to " + r.to(), "Route to service:NAME, or use `type: http` for functions.");
                }
            });
        }
        if (a.cors() != null && a.cors().credentials() != null && a.cors().credentials()
                && a.cors().origins() != null && a.cors().origins().contains("*")) {
            error(SourceMap.child(path, "cors"), who + ": CORS with credentials cannot allow origin '*'",
                    "List the allowed origins, or set `credentials: false`.");
        }
        if (a.routes() != null && a.routes().isEmpty()) {
            error(SourceMap.child(path, "routes"), who + " has no routes", "Add at least one route.");
        }
    }

    private void table(String name, TableSpec t, String path) {
        String who = "table '" + name + "'";
        if (t.indexes() != null) {
            t.indexes().forEach((iname, ix) -> {
                if (ix != null && ix.projection() == Projection.INCLUDE && (ix.include() == null || ix.include().isEmpty())) {
                    error(SourceMap.child(SourceMap.child(path, "indexes"), iname), who + ": index '" + iname
                            + "' projects `include` but lists no attributes", "Add `include: [ATTR, ...]`.");
                }
                checkIndexKeys(who, iname, ix, t, path);
            });
        }
        if (t.replicas() != null && t.replicas().contains(env.region())) {
            error(SourceMap.child(path, "replicas"), who + ": replica region '" + env.region() + "' is the table's own"
                    + " region in environment '" + env.name() + "'", "List only other regions.");
        }
        if (t.replicas() != null && !t.replicas().isEmpty() && t.stream() != null
                && t.stream() != dev.forge.model.StreamView.NEW_AND_OLD_IMAGES && t.stream() != dev.forge.model.StreamView.NONE) {
            error(SourceMap.child(path, "stream"), who + ": global-table replicas need the stream new-and-old-images",
                    "Set `stream: new-and-old-images`, or leave it unset.");
        }
    }

    private void checkIndexKeys(String who, String iname, IndexSpec ix, TableSpec t, String path) {
        if (ix == null || t.key() == null || ix.partition() == null) {
            return;
        }
        if (ix.partition().equals(ix.sort())) {
            error(SourceMap.child(SourceMap.child(path, "indexes"), iname), who + ": index '" + iname
                    + "' uses '" + ix.partition() + "' as both partition and sort key", "Use two different attributes.");
        }
    }

    private void bucket(String name, BucketSpec b, String path) {
        if (b.replication() != null && env.region().equals(b.replication().region())) {
            error(SourceMap.child(path, "replication"), "bucket '" + name + "': replica region '" + env.region()
                    + "' is the bucket's own region in environment '" + env.name() + "'", "Replicate to another region.");
        }
        if (b.replication() != null && Boolean.FALSE.equals(b.versioning())) {
            error(SourceMap.child(path, "versioning"), "bucket '" + name + "': replication needs versioning",
                    "Leave `versioning` on (true).");
        }
    }

    private void error(String path, String message, String fix) {
        diags.error(sources.at(path), Code.E121, message, fix);
    }

    private interface Check<T> {
        void run(String name, T value, String path);
    }

    private static <T> void each(Map<String, T> section, Kind kind, Check<T> check) {
        if (section == null) {
            return;
        }
        section.forEach((name, v) -> {
            if (v != null) {
                check.run(name, v, SourceMap.child(kind.section(), name));
            }
        });
    }

}
