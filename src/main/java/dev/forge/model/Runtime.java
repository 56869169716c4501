package dev.forge.model;

/** Function runtimes (AWS Lambda's identifiers). */
public enum Runtime implements SpecEnum {
    PYTHON3_10("python3.10"),
    PYTHON3_11("python3.11"),
    PYTHON3_12("python3.12"),
    PYTHON3_13("python3.13"),
    NODEJS18_X("nodejs18.x"),
    NODEJS20_X("nodejs20.x"),
    NODEJS22_X("nodejs22.x"),
    JAVA17("java17"),
    JAVA21("java21"),
    PROVIDED_AL2023("provided.al2023"),
    RUBY3_3("ruby3.3"),
    DOTNET8("dotnet8");

    private final String spelling;

    Runtime(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
