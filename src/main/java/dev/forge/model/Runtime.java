package dev.forge.model;

import java.time.LocalDate;

/**
 * Function runtimes: AWS Lambda's identifiers, as listed in AWS's runtime table ("Lambda runtimes", Lambda
 * Developer Guide) on 2026-11-30. A runtime AWS has deprecated (phase 1: no new functions) keeps its identifier so an
 * existing spec still binds, carries its deprecation date, and is flagged by FORGE-FN-006. Runtimes whose updates
 * AWS already blocks (phase 2, e.g. nodejs18.x since 2025) are gone: nothing can be deployed with them.
 */
public enum Runtime implements SpecEnum {
    PYTHON3_10("python3.10", "2026-06-30"),
    PYTHON3_11("python3.11", "2026-06-30"),
    PYTHON3_12("python3.12", null),
    PYTHON3_13("python3.13", null),
    PYTHON3_14("python3.14", null),
    NODEJS20_X("nodejs20.x", "2026-04-30"),
    NODEJS22_X("nodejs22.x", null),
    NODEJS24_X("nodejs24.x", null),
    JAVA17("java17", null),
    JAVA21("java21", null),
    JAVA25("java25", null),
    PROVIDED_AL2023("provided.al2023", null),
    RUBY3_3("ruby3.3", null),
    RUBY3_4("ruby3.4", null),
    DOTNET8("dotnet8", "2026-11-10"),
    DOTNET10("dotnet10", null);

    private final String spelling;
    private final LocalDate deprecated;

    Runtime(String spelling, String deprecated) {
        this.spelling = spelling;
        this.deprecated = deprecated == null ? null : LocalDate.parse(deprecated);
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The day AWS deprecated this runtime (no new functions), or {@code null} while it is supported. */
    public LocalDate deprecated() {
        return deprecated;
    }
}
