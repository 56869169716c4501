package dev.forge.check.rules.containers;

import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.model.ImageSpec;

/** Whether an image reference is pinned: a digest, or a tag other than {@code latest}. */
public final class ImageRefs {

    private ImageRefs() {
    }

    /** True for {@code repo@sha256:...} and {@code repo:1.4.2}; false for {@code repo} and {@code repo:latest}. */
    public static boolean pinned(String ref) {
        if (ref.contains("@sha256:")) {
            return true;
        }
        String last = ref.substring(ref.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon > 0 && colon < last.length() - 1 && !last.substring(colon + 1).equals("latest");
    }

    static Result check(ImageSpec image, String who) {
        if (image == null || image.ref() == null) {
            return Result.notApplicable(); // built by the pipeline, which tags it with the commit
        }
        return pinned(image.ref()) ? Result.compliant() : Result.fail(Violation.at("image",
                who + " runs image '" + image.ref() + "', which is not pinned to a version or digest"));
    }
}
