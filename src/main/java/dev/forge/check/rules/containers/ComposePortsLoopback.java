package dev.forge.check.rules.containers;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.artifact.Yaml;
import dev.forge.diag.Severity;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import dev.forge.spec.ScalarNode;
import java.util.List;

/** FORGE-CMP-002: compose publishes ports on the loopback interface only. */
public final class ComposePortsLoopback extends ComposeServices {

    static final RuleInfo INFO = new RuleInfo("FORGE-CMP-002", Levels.always(Severity.ERROR),
            "Compose publishes ports on 127.0.0.1 only",
            "A published port without a host address listens on 0.0.0.0: every machine on the network (a cafe's"
                    + " Wi-Fi, the office LAN) reaches the local app, its debugger and whatever it exposes; Docker's"
                    + " rules also bypass the host firewall.",
            "Write ports as `127.0.0.1:HOST:CONTAINER` (or `host_ip: 127.0.0.1` in the long form).",
            List.of("Docker documentation: published ports bypass ufw/firewalld", "CIS Docker Benchmark 5.13"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean readsOverrides() {
        return true;
    }

    @Override
    void check(Service s, Sink out) {
        for (Node p : Yaml.list(s.spec(), "ports")) {
            String host = p instanceof ScalarNode n ? hostIp(n.text())
                    : p instanceof MapNode m ? Yaml.text(m, "host_ip").orElse("") : "";
            if (!host.equals("127.0.0.1") && !host.equals("::1") && !host.equals("[::1]")) {
                out.add(p, "publishes a port on " + (host.isEmpty() ? "every interface (no host address)" : "'" + host + "'"));
            }
        }
    }

    /** The host address of a short-form port, {@code 127.0.0.1:3000:3000} or {@code [::1]:3000:3000}; "" when none. */
    static String hostIp(String port) {
        if (port.startsWith("[")) {
            return port.substring(0, port.indexOf(']') + 1);
        }
        String[] parts = port.split(":");
        return parts.length == 3 ? parts[0] : "";
    }
}
