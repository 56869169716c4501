package dev.forge.platform.containers;

import dev.forge.model.ContainerRuntime;
import dev.forge.model.Runtime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * THE table of base images every generated Dockerfile starts from: pinned by tag (what a reader sees) and by digest
 * (what Docker pulls), never {@code latest} (FORGE-DKR-003). One place to review and refresh.
 *
 * <p>This machine cannot reach the registries, so each digest was taken on 2026-11-30 from public Dockerfiles that
 * pin the same tag (the repositories' own comments, quoted per row, say where the digest came from). Every one is a
 * multi-arch index digest, so amd64 and arm64 builds both resolve. To refresh a row, on a machine with registry
 * access:
 * <pre>
 *   docker buildx imagetools inspect node:22-bookworm-slim --format '{{json .Manifest.Digest}}'
 * </pre>
 * then paste the digest here, run the docker target's golden tests with {@code -Dforge.updateGolden=true} and review
 * the diff (every generated Dockerfile changes in one commit).
 */
public final class BaseImages {

    /** One pinned image: {@code tag} is {@code repository:tag}, {@code digest} its index digest. */
    public record Pinned(String tag, String digest, String source) {

        /** The reference a FROM line uses: {@code repository:tag@sha256:...}. */
        public String reference() {
            return tag + "@" + digest;
        }
    }

    // Node 22 LTS on Debian 12, slim. Seen in a public Dockerfile: "pinned by tag + index digest (multi-arch;
    // == node:22-bookworm-slim on 2026-09-24)".
    public static final Pinned NODE = new Pinned("node:22-bookworm-slim",
            "sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c", "public Dockerfile, 2026-09-24");
    // Python 3.12 on Debian, slim. Seen in a public Dockerfile: "pinned to immutable multi-arch digest".
    public static final Pinned PYTHON = new Pinned("python:3.12-slim",
            "sha256:05cda9777409a9c3ffddd94a4c476b79f0769a0b4857f0c7ed9226b6800b0d6f", "public Dockerfile, 2026");
    // Maven 3.9 with Temurin JDK 21 (build stage only). Seen in two public Dockerfiles with the same digest.
    public static final Pinned MAVEN = new Pinned("maven:3.9-eclipse-temurin-21",
            "sha256:99e61abcff91a9b1333463bd8451fb18495d6eba9250ac66a338b518f8278320", "public Dockerfiles, 2026");
    // Gradle 8.14 with JDK 21 (build stage only). Seen in four public Dockerfiles with the same digest.
    public static final Pinned GRADLE = new Pinned("gradle:8.14-jdk21",
            "sha256:dae150d9066fc04a791ec7f0adc1a0eb4e867f11d76d03063ee0a60e5da56149", "public Dockerfiles, 2026");
    // Temurin JRE 21 (Ubuntu; ships curl, which the HEALTHCHECK uses). Seen in a public Dockerfile's runtime stage.
    public static final Pinned JRE = new Pinned("eclipse-temurin:21-jre",
            "sha256:8cef5fc7bebe421363ab543a2f4db5caf7d119d8db67d56b0f56c485d2de4d55", "public Dockerfile, 2026");
    // Go 1.25 on Debian 12 (build stage only). Seen in three public files, one saying "pinned by manifest-list digest".
    public static final Pinned GO = new Pinned("golang:1.25-bookworm",
            "sha256:3b4a11519ad929d1e1d261a12cff056f0c85b735253d7d861346b9c6f8b36437", "public Dockerfiles, 2026");
    // Distroless static, nonroot (uid 65532). Seen in three public Dockerfiles with the same digest.
    public static final Pinned DISTROLESS = new Pinned("gcr.io/distroless/static-debian12:nonroot",
            "sha256:afa5c872c891853ca7fcf1f12c3edb23f7eeef36189728842dd51042ff57f7ab", "public Dockerfiles, 2026");
    // nginx 1.29 unprivileged (uid 101, listens on 8080). Seen in eight public Dockerfiles with the same digest.
    public static final Pinned NGINX = new Pinned("nginxinc/nginx-unprivileged:1.29-alpine",
            "sha256:0c79d56aee561a1d81c63f00eee5fb5fe29279560cdc55e91425133104c7fbe6", "public Dockerfiles, 2026");
    // AWS Lambda base images. Python 3.12: "pinned by manifest list digest (multi-arch; built here for arm64)".
    public static final Pinned LAMBDA_PYTHON_3_12 = new Pinned("public.ecr.aws/lambda/python:3.12",
            "sha256:19c3bd742143e6670514284fdfd424eae96a1a728c9ea4abc291d4e7600f7bfe", "public Dockerfile, 2026");
    // Node.js 22: seen in two public Dockerfiles with the same digest.
    public static final Pinned LAMBDA_NODEJS_22 = new Pinned("public.ecr.aws/lambda/nodejs:22",
            "sha256:68eea3ead8b4675c0dace6dd8e22a799758b93f69a5b0dae61f043be620c7d6d", "public Dockerfiles, 2026");
    // Java 21: seen in a public table of pinned base images (Temurin 21.0.x, 2026-07-19).
    public static final Pinned LAMBDA_JAVA_21 = new Pinned("public.ecr.aws/lambda/java:21",
            "sha256:1dac9793c19eba748139fa1b9c722b36242425b61936419dea33e3d122e6e336", "public table, 2026-07-19");

    private static final Map<Runtime, Pinned> LAMBDA = Map.of(
            Runtime.PYTHON3_12, LAMBDA_PYTHON_3_12,
            Runtime.NODEJS22_X, LAMBDA_NODEJS_22,
            Runtime.JAVA21, LAMBDA_JAVA_21);

    private BaseImages() {
    }

    /** Every pinned image, for tests and docs. */
    public static List<Pinned> all() {
        return List.of(NODE, PYTHON, MAVEN, GRADLE, JRE, GO, DISTROLESS, NGINX, LAMBDA_PYTHON_3_12, LAMBDA_NODEJS_22,
                LAMBDA_JAVA_21);
    }

    /** The AWS Lambda base image of a function runtime, when the table pins one. */
    public static Optional<Pinned> lambda(Runtime runtime) {
        return Optional.ofNullable(LAMBDA.get(runtime));
    }

    /** The function runtimes whose Lambda base image the table pins, as written in a spec. */
    public static List<String> lambdaRuntimes() {
        return LAMBDA.keySet().stream().map(Runtime::spelling).sorted().toList();
    }

    /** The language family of a function runtime (node, python or java), when Forge can build it. */
    public static Optional<ContainerRuntime> family(Runtime runtime) {
        String s = runtime.spelling();
        if (s.startsWith("python")) {
            return Optional.of(ContainerRuntime.PYTHON);
        }
        if (s.startsWith("nodejs")) {
            return Optional.of(ContainerRuntime.NODE);
        }
        if (s.startsWith("java")) {
            return Optional.of(ContainerRuntime.JAVA_MAVEN);
        }
        return Optional.empty();
    }
}
