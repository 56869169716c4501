package dev.forge.targets.github;

import dev.forge.synth.Rendering;

/**
 * What the GitHub Actions target renders of a spec (proven against the output by FieldCoverageTest): the repository
 * and deploy branch, the promotion order and approvals, each environment's region (the credentials step), and what
 * ci.yml builds: the functions' runtimes, sources, images and architectures, the services' and jobs' images. Not yet
 * rendered: {@code ci.drift} (drift.yml), {@code ci.registry} (deploy.yml pushes images), {@code ci.oidc} (the
 * workflows only ever use OIDC; FORGE-CI-001 refuses {@code oidc: false}).
 */
final class GithubRendering {

    static final Rendering DECLARED = Rendering.of(
            "ci.github.repo", "ci.github.branch", "ci.promote", "ci.approvals",
            "environments.*.region");

    private GithubRendering() {
    }
}
