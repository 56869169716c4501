package dev.forge.targets.github;

import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.Yaml;
import dev.forge.spec.MapNode;
import dev.forge.spec.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The safety rules every emitted workflow keeps, as a function of its text: the violations found, in words. */
final class WorkflowRules {

    private static final Pattern USES = Pattern.compile("^\\s*(?:- )?uses: (\\S+)@(\\S+?)(?: # (\\S+))?$");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    private WorkflowRules() {
    }

    static List<String> violations(String path, String text) {
        List<String> out = new ArrayList<>();
        ParsedArtifact a = new ParsedArtifact(path, text);
        for (String line : a.lines()) {
            Matcher m = USES.matcher(line);
            if (line.contains("uses:") && !m.matches()) {
                out.add("uses line not understood: " + line.trim());
            } else if (m.matches()) {
                String name = m.group(1);
                String sha = m.group(2);
                String version = m.group(3);
                if (!SHA.matcher(sha).matches()) {
                    out.add(name + " not pinned to a 40-hex commit SHA: " + sha);
                } else if (version == null) {
                    out.add(name + "@" + sha + " without its version in a comment");
                } else if (Actions.table().stream().noneMatch(x -> x.action().equals(name) && x.sha().equals(sha)
                        && x.version().equals(version))) {
                    out.add(name + "@" + sha + " # " + version + " is not a row of the Actions table");
                }
            }
        }
        MapNode wf = a.yamlDocuments().get(0);
        if (!(wf.get("permissions").orElse(null) instanceof MapNode top) || !top.entries().isEmpty()) {
            out.add("top-level permissions are not {}");
        }
        Yaml.map(wf, "jobs").orElseThrow().entries().forEach(e -> job(e.name(), (MapNode) e.value(), out));
        return out;
    }

    private static void job(String id, MapNode job, List<String> out) {
        if (Yaml.get(job, "timeout-minutes").isEmpty()) {
            out.add(id + ": no timeout-minutes");
        }
        Optional<MapNode> perms = Yaml.map(job, "permissions");
        if (perms.isEmpty()) {
            out.add(id + ": no permissions");
        }
        List<String> uses = new ArrayList<>();
        for (Node n : Yaml.list(job, "steps")) {
            MapNode step = (MapNode) n;
            Yaml.text(step, "uses").ifPresent(u -> uses.add(u.substring(0, u.indexOf('@'))));
            if (Yaml.text(step, "uses").orElse("").startsWith(Actions.CHECKOUT.action() + "@")
                    && !Yaml.isFalse(step, "with", "persist-credentials")) {
                out.add(id + ": a checkout without persist-credentials: false");
            }
            Yaml.text(step, "run").filter(r -> r.contains("${{")).ifPresent(r -> out.add(id + ": an expression inside run:"));
            Yaml.text(step, "with", "script").filter(r -> r.contains("${{")).ifPresent(r -> out.add(id + ": an expression inside a script"));
            if (Yaml.get(step, "with", "aws-access-key-id").isPresent() || Yaml.get(step, "with", "aws-secret-access-key").isPresent()) {
                out.add(id + ": long-lived AWS keys");
            }
        }
        boolean readsRuns = Yaml.list(job, "steps").stream()
                .anyMatch(n -> Yaml.text((MapNode) n, "run").orElse("").contains("gh api \"repos/${GITHUB_REPOSITORY}/actions/"));
        perms.ifPresent(p -> p.entries().forEach(e -> {
            String scope = e.name();
            String level = Yaml.text(p, scope).orElse("");
            if (scope.equals("actions") && !readsRuns && !uses.contains(Actions.UPLOAD_SARIF.action())) {
                out.add(id + ": actions: " + level + " without a step that reads workflow runs or uploads SARIF");
            }
            if (!level.equals("write")) {
                return;
            }
            boolean allowed = switch (scope) {
                case "id-token" -> uses.contains(Actions.CONFIGURE_AWS_CREDENTIALS.action()) && Yaml.text(job, "environment").isPresent();
                case "pull-requests", "issues" -> uses.contains(Actions.GITHUB_SCRIPT.action());
                case "security-events" -> uses.contains(Actions.UPLOAD_SARIF.action());
                default -> false;
            };
            if (!allowed) {
                out.add(id + ": " + scope + ": write without the step that needs it");
            }
        }));
    }
}
