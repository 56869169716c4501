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
        @Default("Dockerfile") @Doc("Dockerfile path, relative to the build directory.") String dockerfile,
        @Doc("Build stage to stop at (multi-stage Dockerfiles).") String target,
        @KeyFormat(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Doc("Build arguments (never secrets).") Map<String, String> args) {
}
