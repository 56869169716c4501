package dev.forge.verify;

import java.util.List;

/**
 * What Terraform said about one environment root.
 *
 * @param environment the root's folder name under {@code environments/}
 * @param initOk      {@code terraform init} succeeded (providers from the offline mirror, local backend)
 * @param validateOk  {@code terraform validate} found no error
 * @param planOk      {@code terraform plan -refresh=false} succeeded (false when not run)
 * @param problems    Terraform's own error and warning messages, {@code file:line: Error: summary: detail}
 * @param addresses   the planned resource instances (sorted), e.g. {@code module.table_x.aws_dynamodb_table.this}
 * @param add         resources to add, as the plan's summary counts them
 * @param change      resources to change
 * @param destroy     resources to destroy
 * @param millis      wall time of init, validate and plan
 */
public record RootResult(String environment, boolean initOk, boolean validateOk, boolean planOk, List<String> problems,
                         List<String> addresses, int add, int change, int destroy, long millis) {

    public RootResult {
        problems = List.copyOf(problems);
        addresses = List.copyOf(addresses);
    }

    public boolean ok() {
        return initOk && validateOk && planOk;
    }

    /** One line: {@code dev: validate ok, plan: 103 to add}. */
    public String summary() {
        if (!initOk) {
            return environment + ": init failed";
        }
        if (!validateOk) {
            return environment + ": validate failed";
        }
        if (!planOk) {
            return environment + ": validate ok, plan failed";
        }
        String s = environment + ": validate ok, plan: " + add + " to add";
        if (change > 0 || destroy > 0) {
            s += ", " + change + " to change, " + destroy + " to destroy";
        }
        return s;
    }
}
