package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.ref;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Hcl;
import java.util.List;

/** Pinned versions: Terraform itself and the providers the generated code uses. */
final class Versions {

    /** Ephemeral variables and write-only arguments (secrets kept out of state) need Terraform 1.11. */
    static final String TERRAFORM = ">= 1.11.0";
    static final String AWS = "aws";
    static final String ARCHIVE = "archive";

    private Versions() {
    }

    static Body terraformBlock(List<String> providers, List<String> awsAliases) {
        Body file = new Body();
        file.block(Hcl.block("terraform", List.of(), t -> {
            t.attr("required_version", TERRAFORM);
            t.block("required_providers", rp -> providers.stream().sorted().forEach(p -> rp.attr(p, spec(p, awsAliases))));
        }));
        return file;
    }

    private static dev.forge.emit.hcl.Expr spec(String provider, List<String> awsAliases) {
        Hcl.Obj o = Hcl.obj();
        if (provider.equals(AWS)) {
            o.put("source", "hashicorp/aws").put("version", "~> 6.25");
            if (!awsAliases.isEmpty()) {
                o.put("configuration_aliases", Hcl.list(awsAliases.stream().map(a -> ref("aws." + a)).toList()));
            }
        } else {
            o.put("source", "hashicorp/archive").put("version", "~> 2.7");
        }
        return o.build();
    }
}
