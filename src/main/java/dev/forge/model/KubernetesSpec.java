package dev.forge.model;

/** The team's existing Kubernetes cluster an environment's chart is deployed to. */
@Doc("The team's existing Kubernetes cluster (Amazon EKS) that deploy.yml installs the app's Helm chart on in this"
        + " environment. Forge does not create the cluster.")
public record KubernetesSpec(
        @Format(regex = "^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$",
                hint = "an EKS cluster name: 1-100 letters, digits, '-' and '_', starting with a letter or digit")
        @Example("platform-prod")
        @Doc("Name of the EKS cluster in the environment's account and region. With it, both AWS targets give the deploy"
                + " role access to the app's namespace on that cluster (an EKS access entry) and deploy.yml runs"
                + " `helm upgrade --install --atomic` there. The cluster's authentication mode must include EKS API"
                + " access entries (`API` or `API_AND_CONFIG_MAP`).")
        @Required String cluster) {
}
