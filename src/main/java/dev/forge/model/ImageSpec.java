package dev.forge.model;

import java.util.Map;

/** A container image: an existing reference, or one built from a directory. */
@Shorthand("ref")
@Doc("A container image: an existing reference (`image: ghcr.io/acme/api:1.4.2`), or built from a directory"
        + " (`image: { build: services/api }`).")
public record ImageSpec(
        @Format(regex = "^[a-z0-9][a-z0-9._/:@-]*[a-zA-Z0-9]$", hint = "an image reference such as ghcr.io/acme/api:1.4.2")
        @Doc("An existing image: repository with a tag or a digest.") String ref,
        @Format(regex = "^[^\\s]+$", hint = "a relative directory path")
        @Example("services/api") @Doc("Directory to build the image from (the Docker build context).") String build,
        @Example("Dockerfile")
        @Doc("Your own Dockerfile, relative to the build directory. When set, the Dockerfile is yours and Forge generates"
                + " none for this image; when absent, Forge generates one for the image's runtime family (docker target).")
        String dockerfile,
        @Doc("Build stage to stop at (multi-stage Dockerfiles). In a Dockerfile Forge generates, the name of its final"
                + " stage (default `runtime`).") String target,
        @KeyFormat(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Doc("Build arguments (never secrets).") Map<String, String> args,
        @Doc("Runtime family of a built image (node, python, java-maven, java-gradle, go, static). Detected from the"
                + " build directory's files when absent (package.json: node, requirements.txt: python, pom.xml:"
                + " java-maven, build.gradle: java-gradle, go.mod: go, index.html: static). Services and jobs only: a"
                + " function's language comes from its `runtime`.") ContainerRuntime runtime) {
}
