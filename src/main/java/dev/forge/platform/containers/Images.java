package dev.forge.platform.containers;

import dev.forge.model.ImageSpec;
import dev.forge.resolve.ResolvedEnv;
import java.util.Optional;

/**
 * Where the images Forge builds live, decided once for every target: one repository per image and environment,
 * named like every other resource ({@code <app>-<name>-<env>}, the ECR repository terraform-aws creates), in the
 * environment's registry ({@code <account>.dkr.ecr.<region>.amazonaws.com} when the environment pins an account).
 * Images given by reference ({@code image: ghcr.io/acme/api:1.4.2}) are used as written.
 */
public final class Images {

    private Images() {
    }

    /** Whether Forge builds this image from a directory (rather than using a reference). */
    public static boolean isBuilt(ImageSpec image) {
        return image != null && image.build() != null;
    }

    /** The repository name of a built image of resource {@code name} in {@code env}. */
    public static String repository(ResolvedEnv env, String name) {
        return env.naming().base(name);
    }

    /** The environment's registry host, when its account is known. */
    public static Optional<String> registry(ResolvedEnv env) {
        String account = env.environment().account();
        return account == null ? Optional.empty()
                : Optional.of(account + ".dkr.ecr." + env.environment().region() + ".amazonaws.com");
    }

    /** The name a locally built image gets (compose, {@code docker build -t}): {@code <app>-<name>:local}. */
    public static String localReference(String app, String name) {
        return app + "-" + name + ":local";
    }
}
