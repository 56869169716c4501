package dev.forge.api;

import dev.forge.model.ImageSpec;
import java.util.Map;

/** Builds an {@link ImageSpec}: an existing image reference, or one built from a directory. */
public final class ImageBuilder extends SpecBuilder<ImageSpec, ImageBuilder> {

    ImageBuilder() {
        super(ImageSpec.class);
    }

    /** An existing image: repository with a tag or digest. */
    public ImageBuilder ref(String ref) {
        return set("ref", ref);
    }

    /** Directory to build the image from (the Docker build context). */
    public ImageBuilder build(String directory) {
        return set("build", directory);
    }

    /** Your own Dockerfile, relative to the build directory (Forge then generates none for this image). */
    public ImageBuilder dockerfile(String dockerfile) {
        return set("dockerfile", dockerfile);
    }

    /** Build stage to stop at. */
    public ImageBuilder target(String target) {
        return set("target", target);
    }

    /** Adds a build argument (never a secret). */
    public ImageBuilder arg(String name, String value) {
        return put("args", name, value);
    }

    /** Adds build arguments (never secrets). */
    public ImageBuilder args(Map<String, String> args) {
        return putAll("args", args);
    }

    /** Runtime family of a built image (detected from the build directory when not set). */
    public ImageBuilder runtime(dev.forge.model.ContainerRuntime runtime) {
        return set("runtime", runtime);
    }
}
