package dev.forge.resolve;

import dev.forge.model.Kind;
import dev.forge.model.Ref;

/**
 * Physical names in one environment: {@code <app>-<name>-<env>} for every resource, so that two
 * environments in one account never collide. Buckets, whose names are global, also end with the account ID
 * when the environment pins one. {@link Resolver} checks every name against the cloud's limits.
 */
public record Naming(String app, String env, String account) {

    public String name(Ref ref) {
        return base(ref.name());
    }

    public String base(String resource) {
        return app + "-" + resource + "-" + env;
    }

    /** S3 bucket name: globally unique, so it carries the account ID when one is known. */
    public String bucket(String resource) {
        return account == null ? base(resource) : base(resource) + "-" + account;
    }

    public String replicaBucket(String resource) {
        return account == null ? base(resource) + "-replica" : base(resource) + "-replica-" + account;
    }

    /** Prefix of the app's own names in this environment ({@code app-env}), e.g. for topics and dashboards. */
    public String prefix() {
        return app + "-" + env;
    }

    /** SSM path or Secrets Manager name of a secret or parameter: {@code /<app>/<env>/<name>}. */
    public String storePath(String resource) {
        return "/" + app + "/" + env + "/" + resource;
    }

    public String name(Kind kind, String resource) {
        return name(new Ref(kind, resource));
    }
}
