package dev.forge.check;

import dev.forge.model.ApiSpec;
import dev.forge.model.BucketSpec;
import dev.forge.model.CacheSpec;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.ModelSpec;
import dev.forge.model.ParameterSpec;
import dev.forge.model.QueueSpec;
import dev.forge.model.SecretSpec;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.model.TableSpec;
import java.util.Map;

/** The declared resources of a kind, and the kind a resource rule's record type belongs to. */
final class Resources {

    private Resources() {
    }

    static Map<String, ?> of(Spec s, Kind k) {
        Map<String, ?> m = switch (k) {
            case SERVICE -> s.services();
            case FUNCTION -> s.functions();
            case API -> s.apis();
            case TABLE -> s.tables();
            case BUCKET -> s.buckets();
            case QUEUE -> s.queues();
            case DATABASE -> s.databases();
            case CACHE -> s.caches();
            case SECRET -> s.secrets();
            case PARAMETER -> s.parameters();
            case MODEL -> s.models();
        };
        return m == null ? Map.of() : m;
    }

    static Kind kindOf(Class<?> type) {
        if (type == ServiceSpec.class) {
            return Kind.SERVICE;
        } else if (type == FunctionSpec.class) {
            return Kind.FUNCTION;
        } else if (type == ApiSpec.class) {
            return Kind.API;
        } else if (type == TableSpec.class) {
            return Kind.TABLE;
        } else if (type == BucketSpec.class) {
            return Kind.BUCKET;
        } else if (type == QueueSpec.class) {
            return Kind.QUEUE;
        } else if (type == DatabaseSpec.class) {
            return Kind.DATABASE;
        } else if (type == CacheSpec.class) {
            return Kind.CACHE;
        } else if (type == SecretSpec.class) {
            return Kind.SECRET;
        } else if (type == ParameterSpec.class) {
            return Kind.PARAMETER;
        } else if (type == ModelSpec.class) {
            return Kind.MODEL;
        }
        throw new IllegalArgumentException("not a resource record: " + type.getName());
    }
}
