package dev.forge.model;

/** A GitHub repository. */
@Shorthand("repo")
@Doc("A GitHub repository (`github: acme/app` sets just the repository).")
public record GithubSpec(
        @Required @Format(regex = "^[A-Za-z0-9-]{1,39}/[A-Za-z0-9._-]{1,100}$", hint = "owner/name, such as acme/trip-assistant")
        @Doc("owner/name of the repository.") String repo,
        @Default("main") @Format(regex = "^[A-Za-z0-9._/-]{1,255}$", hint = "a branch name")
        @Doc("Branch whose pushes deploy.") String branch) {
}
