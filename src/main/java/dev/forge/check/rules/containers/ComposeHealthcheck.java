package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import java.util.List;

/** FORGE-CMP-001: every long-running compose service has a healthcheck. */
public final class ComposeHealthcheck extends ComposeServices {

    static final RuleInfo INFO = new RuleInfo("FORGE-CMP-001", Levels.always(Severity.ERROR),
            "Long-running compose services have a healthcheck",
            "`depends_on: { condition: service_healthy }` waits for a healthcheck; without one a service starts"
                    + " before its database or queue answers, and a hung container looks healthy. One-shot containers"
                    + " (`restart: \"no\"`, the `jobs` profile) are exempt.",
            "Add `healthcheck:` (a `test`, or timing only to keep the image's HEALTHCHECK); never `disable: true`.",
            List.of("Docker Compose specification: healthcheck", "checkov CKV_DOCKER_2"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(Service s, Sink out) {
        if (s.oneShot()) {
            return;
        }
        var hc = Yaml.map(s.spec(), "healthcheck");
        if (hc.isEmpty()) {
            out.add(s.spec(), "has no healthcheck");
        } else if (Yaml.text(hc.get(), "disable").map(d -> d.equals("true")).orElse(false)
                || Yaml.list(hc.get(), "test").stream().findFirst().filter(t -> t instanceof dev.forge.spec.ScalarNode n
                && n.text().equals("NONE")).isPresent()) {
            out.add(hc.get(), "disables its healthcheck");
        }
    }
}
