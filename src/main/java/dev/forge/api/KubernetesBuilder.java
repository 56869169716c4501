package dev.forge.api;

import dev.forge.model.KubernetesSpec;

/** Builds a {@link KubernetesSpec}: the team's existing EKS cluster an environment's chart is deployed to. */
public final class KubernetesBuilder extends SpecBuilder<KubernetesSpec, KubernetesBuilder> {

    KubernetesBuilder() {
        super(KubernetesSpec.class);
    }

    /** Name of the EKS cluster in the environment's account and region. */
    public KubernetesBuilder cluster(String cluster) {
        return set("cluster", cluster);
    }
}
