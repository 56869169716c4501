package dev.forge.api;

import dev.forge.model.CiSpec;
import dev.forge.model.Iac;
import dev.forge.model.Registry;
import java.util.Arrays;
import java.util.function.Consumer;

/** Builds a {@link CiSpec}: continuous integration and delivery. */
public final class CiBuilder extends SpecBuilder<CiSpec, CiBuilder> {

    CiBuilder() {
        super(CiSpec.class);
    }

    /** The GitHub repository, {@code owner/name}, with its default branch ({@code github: acme/app}). */
    public CiBuilder github(String repo) {
        return github(g -> g.repo(repo));
    }

    /** The GitHub repository that builds and deploys the app (required). */
    public CiBuilder github(Consumer<GithubBuilder> edit) {
        return nested("github", GithubBuilder::new, edit);
    }

    /** Adds environments to the promotion order (default: all, in declaration order). */
    public CiBuilder promote(String... environments) {
        return add("promote", environments == null ? null : Arrays.asList(environments));
    }

    /** Adds environments whose deployments a person approves (default: those with approval). */
    public CiBuilder approvals(String... environments) {
        return add("approvals", environments == null ? null : Arrays.asList(environments));
    }

    /** Authenticate to the cloud with OIDC (default true). */
    public CiBuilder oidc(Boolean oidc) {
        return set("oidc", oidc);
    }

    /** Where images are pushed (default ecr). */
    public CiBuilder registry(Registry registry) {
        return set("registry", registry);
    }

    /** When to look for drift, as five-field cron in UTC (default {@code 0 6 * * 1-5}). */
    public CiBuilder drift(String cron) {
        return set("drift", cron);
    }

    /** Adds infrastructure code CI plans and applies (default terraform). */
    public CiBuilder iac(Iac... iac) {
        return add("iac", iac == null ? null : Arrays.asList(iac));
    }

    /** Deployment notifications to Slack. */
    public CiBuilder notifications(Consumer<NotifyBuilder> edit) {
        return nested("notifications", NotifyBuilder::new, edit);
    }

    /** Adds a scheduled workflow. */
    public CiBuilder schedule(Consumer<CiScheduleBuilder> edit) {
        return append("schedules", CiScheduleBuilder::new, edit);
    }
}
