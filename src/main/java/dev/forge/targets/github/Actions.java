package dev.forge.targets.github;

import dev.forge.emit.yaml.Commented;
import java.util.List;

/**
 * Every third-party action the workflows use, in one table: each pinned to the full commit SHA of a release tag, the
 * tag beside it as a comment. A tag such as {@code @v4} can be moved by whoever controls the action's repository (the
 * trivy-action tags were force-pushed to an infostealer in March 2026); a commit SHA cannot (FORGE-CI-003, OpenSSF
 * Scorecard Pinned-Dependencies). Each SHA was checked to be the commit its tag names in at least two independent
 * public workflows. To upgrade, change a row here (and the goldens): nothing else names an action.
 */
enum Actions {

    CHECKOUT("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2"),
    SETUP_NODE("actions/setup-node", "39370e3970a6d050c480ffad4ff0ed4d3fdee5af", "v4.1.0"),
    SETUP_PYTHON("actions/setup-python", "a26af69be951a213d495a4c3e4e4022e16d87065", "v5.6.0"),
    SETUP_JAVA("actions/setup-java", "c5195efecf7bdfc987ee8bae7a71cb8b11521c00", "v4.7.1"),
    SETUP_GO("actions/setup-go", "d35c59abb061a4a6fb18e82ac0862c26744d6ab5", "v5.5.0"),
    SETUP_TERRAFORM("hashicorp/setup-terraform", "b9cd54a3c349d3f38e8881555d616ced269862dd", "v3.1.2"),
    CONFIGURE_AWS_CREDENTIALS("aws-actions/configure-aws-credentials", "e3dd6a429d7300a6a4c196c26e071d42e0343502", "v4.0.2"),
    GITHUB_SCRIPT("actions/github-script", "60a0d83039c74a4aee543508d2ffcb1c3799cdea", "v7.0.1"),
    UPLOAD_SARIF("github/codeql-action/upload-sarif", "48ab28a6f5dbc2a99bf1e0131198dd8f1df78169", "v3.28.0");

    private final String name;
    private final String sha;
    private final String version;

    Actions(String name, String sha, String version) {
        this.name = name;
        this.sha = sha;
        this.version = version;
    }

    String action() {
        return name;
    }

    String sha() {
        return sha;
    }

    String version() {
        return version;
    }

    /** The {@code uses:} value: {@code owner/action@<sha> # <tag>}. */
    Commented uses() {
        return new Commented(name + "@" + sha, version);
    }

    /** The table as {@code owner/action@sha} to version, for the README and the tests. */
    static List<Actions> table() {
        return List.of(values());
    }
}
