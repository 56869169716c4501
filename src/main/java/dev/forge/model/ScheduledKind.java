package dev.forge.model;

/** What a scheduled workflow of {@code ci.schedules} runs: built-in kinds only, never a script of the spec's. */
public enum ScheduledKind implements SpecEnum {
    /** Last week's AWS cost per service of each environment (Cost Explorer, the app's and environment's tags). */
    COST_REPORT("cost-report"),
    /** forge check of the repository, its SARIF to code scanning (new rules and advisories find old code). */
    FORGE_CHECK("forge-check");

    private final String spelling;

    ScheduledKind(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
