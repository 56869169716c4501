package dev.forge.model;

/**
 * The runtime family of an image Forge builds from a directory: which toolchain builds it and which base image runs
 * it. Usually detected from the build directory's files (docs/targets/docker.md lists the files each family
 * expects); written as {@code image: { build: DIR, runtime: node }} when the folder is ambiguous or not at hand.
 */
public enum ContainerRuntime implements SpecEnum {
    /** package.json and package-lock.json: {@code npm ci --omit=dev}, then a slim Node runtime. */
    NODE("node"),
    /** requirements.txt (or pyproject.toml): pip wheels, then a slim Python runtime. */
    PYTHON("python"),
    /** pom.xml: a Maven build, then a JRE. */
    JAVA_MAVEN("java-maven"),
    /** build.gradle or build.gradle.kts: a Gradle build, then a JRE. */
    JAVA_GRADLE("java-gradle"),
    /** go.mod: a static binary (CGO off) on distroless. */
    GO("go"),
    /** index.html (and an optional nginx.conf): files served by unprivileged nginx. */
    STATIC("static");

    private final String spelling;

    ContainerRuntime(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
