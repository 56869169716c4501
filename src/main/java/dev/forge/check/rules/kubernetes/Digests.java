package dev.forge.check.rules.kubernetes;

import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.model.ImageSpec;

/** Whether a production image given by reference is pinned by digest (FORGE-K8S-009, FORGE-K8S-010). */
final class Digests {

    private Digests() {
    }

    static Result check(ImageSpec image, String who, boolean production) {
        if (image == null || image.ref() == null || !production) {
            // built images: CI pins them (kustomize edit set image NAME=REPO@sha256:...); outside production a tag is fine
            return Result.notApplicable();
        }
        return image.ref().contains("@sha256:") ? Result.compliant() : Result.fail(Violation.at("image",
                who + " runs image '" + image.ref() + "' in production without a digest; a tag can be moved to other code"));
    }
}
