package dev.forge.targets.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two halves of the gcp target meet: every name a Cloud Run service or job refers to (its service account, its
 * Cloud SQL instance and region, its network and subnetwork, each Secret Manager secret it reads) is a resource the
 * same run's Terraform creates in that environment. Read back from the files, for every example and environment.
 */
class GcpWiringTest {

    static List<String> examples() {
        return Examples.namesFor(BuiltinTargets.byName("gcp").orElseThrow());
    }

    private static final Pattern SQL = Pattern.compile("^[^:]+:([a-z0-9-]+):([a-z0-9-]+)$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyNameACloudRunFileUses_isCreatedByTheTerraformOfItsEnvironment(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        java.nio.file.Path dir = Examples.repoRoot().resolve("examples").resolve(example);
        List<Artifact> files = BuiltinTargets.byName("gcp").orElseThrow().synth(new SynthContext(spec,
                spec.environments(), Optional.of(new SynthContext.Layout(dir, dir.resolve("out")))));
        Map<String, String> text = new TreeMap<>();
        files.forEach(a -> text.put(a.path(), a.text()));
        assertThat(text.get("terraform/modules/cloudsql/main.tf")).as("the password secret is <instance>-password")
                .contains("secret_id = \"${var.name}-password\"");
        int checked = 0;
        for (Map.Entry<String, String> f : text.entrySet()) {
            Matcher m = Pattern.compile("^run/([a-z0-9-]+)/(service|job)-[a-z0-9-]+\\.yaml$").matcher(f.getKey());
            if (!m.matches()) {
                continue;
            }
            String env = m.group(1);
            String root = text.get("terraform/environments/" + env + "/main.tf");
            String tfvars = text.get("terraform/environments/" + env + "/terraform.tfvars");
            assertThat(root).as(example + ": the Terraform root of " + env).isNotNull();
            for (Ref r : refs(f.getValue())) {
                String where = example + " " + f.getKey() + ": " + r.kind + " " + r.name;
                switch (r.kind) {
                    case "service account" -> assertThat(root).as(where)
                            .containsPattern("account_id\\s+= \"" + Pattern.quote(r.name) + "\"");
                    case "cloud sql" -> {
                        Matcher sql = SQL.matcher(r.name);
                        assertThat(sql.matches()).as(where).isTrue();
                        assertThat(tfvars).as(where + " (region)").containsPattern("region\\s+= \"" + sql.group(1) + "\"");
                        assertThat(root).as(where).containsPattern("\\bname\\s+= \"" + Pattern.quote(sql.group(2)) + "\"");
                    }
                    case "network" -> assertThat(root).as(where)
                            .containsPattern("module \"network\" \\{[^}]*\\bname\\s+= \"" + Pattern.quote(r.name) + "\"");
                    case "secret" -> {
                        String instance = r.name.endsWith("-password") ? r.name.substring(0, r.name.length() - 9) : null;
                        boolean declared = Pattern.compile("(?m)^\\s+\"?" + Pattern.quote(r.name) + "\"?\\s+= ").matcher(root).find();
                        boolean password = instance != null && Pattern.compile("module \"database_[a-z0-9_]+\" \\{[^}]*"
                                + "\\bname\\s+= \"" + Pattern.quote(instance) + "\"").matcher(root).find();
                        assertThat(declared || password).as(where).isTrue();
                    }
                    default -> throw new AssertionError(r.kind);
                }
                checked++;
            }
        }
        assertThat(checked).as(example + ": names checked").isPositive();
    }

    record Ref(String kind, String name) {
    }

    /** The names a Cloud Run service or job file refers to. */
    @SuppressWarnings("unchecked")
    static List<Ref> refs(String yaml) {
        List<Ref> out = new ArrayList<>();
        Object doc = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadFromString(yaml);
        walk(doc, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, List<Ref> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.equals("serviceAccountName") && v instanceof String s) {
                    out.add(new Ref("service account", s.substring(0, s.indexOf('@'))));
                } else if (key.equals("run.googleapis.com/cloudsql-instances") && v instanceof String s) {
                    for (String one : s.split(",")) {
                        out.add(new Ref("cloud sql", one.trim()));
                    }
                } else if (key.equals("run.googleapis.com/network-interfaces") && v instanceof String s) {
                    Matcher n = Pattern.compile("\"(network|subnetwork)\":\"([^\"]+)\"").matcher(s);
                    while (n.find()) {
                        out.add(new Ref("network", n.group(2)));
                    }
                } else if (key.equals("secretKeyRef") && v instanceof Map<?, ?> ref) {
                    out.add(new Ref("secret", String.valueOf(ref.get("name"))));
                } else {
                    walk(v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(x -> walk(x, out));
        }
    }
}
