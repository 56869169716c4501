package dev.forge.check.rules.lambda;

import dev.forge.check.Result;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.model.ApiType;
import dev.forge.model.FunctionSpec;

/** Whether a function routed by an API of one type may run longer than that API waits for it. */
final class ApiTimeouts {

    private ApiTimeouts() {
    }

    static Result check(Subject<FunctionSpec> r, ApiType type, long limitSeconds, String why) {
        boolean behind = false;
        for (String api : r.env().apisRouting(r.ref())) {
            if (r.env().spec().apis().get(api).type() != type) {
                continue;
            }
            behind = true;
            if (r.spec().timeout() != null && r.spec().timeout().millis() > limitSeconds * 1000) {
                return Result.fail(Violation.at("timeout", r.who() + " times out after '" + r.spec().timeout()
                        + "', but api '" + api + "' gives up after " + limitSeconds + "s" + why));
            }
        }
        return behind ? Result.compliant() : Result.notApplicable();
    }
}
