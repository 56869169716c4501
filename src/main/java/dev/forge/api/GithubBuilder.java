package dev.forge.api;

import dev.forge.model.GithubSpec;

/** Builds a {@link GithubSpec}: a GitHub repository. */
public final class GithubBuilder extends SpecBuilder<GithubSpec, GithubBuilder> {

    GithubBuilder() {
        super(GithubSpec.class);
    }

    /** owner/name of the repository (required). */
    public GithubBuilder repo(String repo) {
        return set("repo", repo);
    }

    /** Branch whose pushes deploy (default main). */
    public GithubBuilder branch(String branch) {
        return set("branch", branch);
    }
}
