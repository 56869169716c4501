package dev.forge.diag;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable codes of Forge's own errors. A code is never reused for another meaning; the wording of
 * messages may change, the codes may not. {@code forge explain CODE} prints the explanation and fix.
 */
public enum Code {
    // load: the file and its YAML
    E001("FORGE-E001", "spec file cannot be read",
            "The spec file does not exist, is a directory, or cannot be read.",
            "Check the path; `forge init` writes a starter forge.yaml."),
    E002("FORGE-E002", "spec file is empty",
            "The spec file has no content (or only comments), so it describes nothing.",
            "Start from `forge init`, which writes a commented starter forge.yaml."),
    E003("FORGE-E003", "YAML syntax error",
            "The file is not well-formed YAML: bad indentation, a tab used for indentation, an unclosed"
                    + " quote or bracket, or a key without a value. (A tab after a key's ':' is fine; it is read as a"
                    + " space.)",
            "Indent with spaces only, two per level, and close every quote and bracket at the place shown."),
    E004("FORGE-E004", "duplicate key",
            "The same key appears twice in one mapping. YAML parsers disagree on which one wins, so Forge"
                    + " refuses both.",
            "Delete or rename one of the two keys; the message names the first one's line."),
    E005("FORGE-E005", "YAML alias expansion too large",
            "Anchors and aliases (&a, *a) expand to more nodes (200,000, each node written counting once and"
                    + " each alias at the size of what it names) than any spec needs. This is how the 'billion laughs'"
                    + " attack makes a small file huge.",
            "Write the repeated part out, or reference fewer aliases."),
    E006("FORGE-E006", "nesting too deep",
            "The document nests mappings or lists deeper than any spec needs (64 levels).",
            "Flatten the structure; a spec never nests more than about ten levels."),
    E007("FORGE-E007", "spec file too large",
            "The spec file is larger than 2 MiB (Forge never reads more than that plus one byte). A spec"
                    + " describing even hundreds of resources is far smaller.",
            "Check that the path names the spec and not a generated or binary file."),
    E008("FORGE-E008", "spec file is not UTF-8 text",
            "The file holds bytes that are not UTF-8 text (a NUL byte, or an invalid sequence): it is probably"
                    + " binary or in another encoding.",
            "Save the file as UTF-8 text."),
    E009("FORGE-E009", "spec is not a mapping",
            "The top of a spec must be a mapping of keys (forge, app, environments, ...), not a list or a"
                    + " single value.",
            "Start the file with `forge: 1` and `app: <name>` on their own lines."),
    E010("FORGE-E010", "unsupported YAML feature",
            "The spec uses a YAML feature Forge does not accept: an explicit tag (!!python/object, !Ref ...),"
                    + " a complex (non-scalar) key, or a merge key (<<).",
            "Write plain mappings, lists and scalars; repeat values instead of merging."),
    E011("FORGE-E011", "spec is not a regular file",
            "The spec path names a device, a pipe or a FIFO (e.g. /dev/zero, or `<(command)`). Forge reads a spec"
                    + " only from a regular file, so an endless or blocking stream can never hang it.",
            "Write the spec to a file first, e.g. `command > forge.yaml`, and name that file."),
    E012("FORGE-E012", "character that cannot be shown safely",
            "A key holds a control character or a bidirectional-text override (U+202E ...), or an escape such as"
                    + " \\ud800 names half of a UTF-16 surrogate pair, which is no character at all. Such text changes"
                    + " what a terminal or a reviewer sees, so it is refused in names and escapes.",
            "Delete the character or the escape; names are plain letters, digits, '-' and '_'."),

    // bind: the tree against the model
    E101("FORGE-E101", "unknown key",
            "The key is not a field of this part of the spec. Forge rejects unknown keys so that a typo never"
                    + " silently drops a setting.",
            "Use one of the keys listed in the message (docs/spec.md lists every field)."),
    E102("FORGE-E102", "wrong type",
            "The value has the wrong shape: a list where a mapping is expected, text where a number is, and so on.",
            "Write the value in the shape named in the message; docs/spec.md shows an example of each field."),
    E103("FORGE-E103", "missing required key",
            "A field this part of the spec cannot do without is missing.",
            "Add the key named in the message."),
    E104("FORGE-E104", "unknown reference",
            "A `kind:name` reference names a resource that the spec does not declare.",
            "Declare the resource, or correct the name (the message suggests the nearest one)."),
    E105("FORGE-E105", "value not allowed",
            "The value is not one of the values this field accepts.",
            "Use one of the values listed in the message."),
    E106("FORGE-E106", "bad duration",
            "Durations are a whole number followed by a unit: ms, s, m, h or d (e.g. 30s, 5m, 7d). A field the"
                    + " platform counts in seconds takes whole seconds only: 1500ms is refused, never truncated.",
            "Write the duration with its unit, e.g. `timeout: 30s`."),
    E107("FORGE-E107", "bad size",
            "Sizes are a whole number of mebibytes (512) or a number with a binary unit: Ki, Mi, Gi, Ti"
                    + " (e.g. 512Mi, 1Gi). Decimal units such as MB are ambiguous and refused.",
            "Write the size with a binary unit, e.g. `memory: 512Mi`."),
    E108("FORGE-E108", "bad CPU amount",
            "CPU is a number of cores (0.25, 1, 2) or millicores (250m).",
            "Write e.g. `cpu: 0.5` or `cpu: 500m`."),
    E109("FORGE-E109", "value out of range",
            "The number is outside the range the platform accepts for this field.",
            "Use a value inside the range named in the message."),
    E110("FORGE-E110", "bad name or format",
            "The value does not match the format this field needs (resource names are lowercase letters,"
                    + " digits and single hyphens, starting with a letter; other fields name their own format).",
            "Rename it as the message describes."),
    E111("FORGE-E111", "malformed reference",
            "References are written `kind:name` (e.g. `table:messages`), optionally followed by an access"
                    + " level in parentheses (`table:messages (read-write)`).",
            "Write the reference as kind:name with one of the kinds listed in the message."),
    E112("FORGE-E112", "reference of the wrong kind",
            "The reference names a kind of resource that cannot be used here, e.g. an API route that points"
                    + " at a table.",
            "Point it at one of the kinds listed in the message."),
    E113("FORGE-E113", "access level not valid for this kind",
            "Each kind of resource has its own access levels: tables and buckets read, write, read-write;"
                    + " queues publish, consume; functions and models invoke; secrets and parameters read;"
                    + " databases and caches connect; services invoke.",
            "Use one of the access levels listed in the message."),
    E114("FORGE-E114", "unsupported spec format version",
            "The `forge:` key names the spec format version. This Forge reads version 1.",
            "Write `forge: 1` as the first line."),
    E116("FORGE-E116", "duplicate name",
            "Two things that must have different names share one: a function and a service with the same"
                    + " name (their roles, images and logs would collide), the same reference listed twice, a secret"
                    + " and a parameter with one name (one store path), or an environment variable a function or"
                    + " service would get twice (an `env:` entry and a connection variable derived from `uses:`, two"
                    + " connection variables, or `ENVIRONMENT`), where one would silently replace the other.",
            "Rename one of them, or delete the repeated entry."),
    E117("FORGE-E117", "secret value in the spec",
            "A spec holds the names of secrets, never their values: anything written in it ends up in git and"
                    + " in generated files. A value that looks like a key, password or token is refused.",
            "Declare the secret under `secrets:` and reference it (`uses: [secret:NAME]`); set its value in the"
                    + " secret store (SSM, Secrets Manager, or your CI's secrets) instead."),
    E118("FORGE-E118", "unknown environment",
            "An environment named in the spec (in a resource's `environments:` overrides, `ci.promote` or `ci.approvals`) is not declared under the top-level `environments:`.",
            "Declare the environment under the top-level `environments:`, or correct its name."),
    E119("FORGE-E119", "cycle in uses",
            "Functions and services that use (invoke) each other in a circle can never be deployed in order"
                    + " and usually loop forever at run time.",
            "Break the cycle, for example with a queue between two of them."),
    E120("FORGE-E120", "name invalid for the cloud",
            "A name Forge derives from the app, the resource and the environment breaks a limit of the cloud"
                    + " service (S3 bucket names are 3-63 lowercase characters, Lambda names 64, IAM roles 64,"
                    + " load balancers 32 ...), or is a name a target reserves (a secret named `count` would become"
                    + " Terraform's reserved variable `count`; each target lists its reserved names).",
            "Shorten the app, resource or environment name."),
    E121("FORGE-E121", "invalid combination",
            "Fields that are each fine on their own do not fit together, e.g. autoscaling with min above max, or"
                    + " a function with neither source nor image.",
            "Change one of the fields as the message says."),
    E122("FORGE-E122", "bad suppression",
            "A policy suppression must name an existing rule ID and give a reason a reviewer can judge.",
            "Write `{ rule: FORGE-S3-001, resource: bucket:assets, reason: \"why this is acceptable\" }`."),
    E123("FORGE-E123", "function source folder missing",
            "A function's `source:` names a folder (relative to the folder holding forge.yaml) that does not exist,"
                    + " or is not a folder. Terraform zips that folder at plan time, so the plan would fail.",
            "Create the folder with the function's code, or correct the path (it is relative to forge.yaml's folder)."),
    E124("FORGE-E124", "image build folder missing",
            "An image's `build:` names a folder (relative to the folder holding forge.yaml) that does not exist, or is"
                    + " not a folder. It is the Docker build context of the Dockerfile Forge generates.",
            "Create the folder with the image's code, or correct the path (it is relative to forge.yaml's folder)."),
    E125("FORGE-E125", "image cannot be built by Forge",
            "Forge generates a Dockerfile per runtime family, chosen from the build folder's files (package.json:"
                    + " node, requirements.txt or pyproject.toml: python, pom.xml: java-maven, build.gradle(.kts):"
                    + " java-gradle, go.mod: go, index.html: static) or from `image.runtime`, and for functions from"
                    + " their `runtime`. The folder matches no family (or several), lacks a file its family needs"
                    + " (package-lock.json for npm ci, ...), or the function's runtime has no pinned Lambda base image.",
            "Add the files the family expects (docs/targets/docker.md), set `image: { build: DIR, runtime: FAMILY }`,"
                    + " or write your own Dockerfile and name it with `image.dockerfile`."),
    E126("FORGE-E126", "over a CloudFormation limit",
            "The cloudformation target writes one stack per environment; over 500 resources it becomes a parent stack of"
                    + " nested stacks, each within CloudFormation's limits of 500 resources, 200 parameters and 200 outputs."
                    + " This environment's resources exchange more values than a nested stack can take or give.",
            "Split the app into several specs (one stack each), or deploy it with terraform-aws, which has no such"
                    + " limit."),

    // write
    E201("FORGE-E201", "generated file edited by hand",
            "A file Forge generated before has been changed since. Forge never overwrites a person's edits.",
            "Move your change into the spec, or run with --force to overwrite it (your edit is lost)."),
    E202("FORGE-E202", "file in the way",
            "A file Forge would write already exists and Forge did not write it.",
            "Move the file, choose another --out directory, or run with --force to overwrite it."),
    E203("FORGE-E203", "output cannot be written",
            "The output directory or one of its files cannot be created or written.",
            "Check the path and its permissions."),
    E204("FORGE-E204", "manifest unreadable or tampered with",
            "The output's .forge/manifest.json, where Forge records what it wrote, is not valid: not a regular file,"
                    + " too large, not Forge's JSON, or naming paths outside the output folder (an edit meant to make"
                    + " Forge overwrite or delete other files). Nothing is written or deleted.",
            "Restore it from version control, or delete the output directory and synthesize again."),
    E205("FORGE-E205", "symbolic link in the output",
            "A path Forge would write, read or delete in the output folder goes through a symbolic link. Forge never"
                    + " follows links inside --out, so output cannot land outside it.",
            "Replace the link with a real folder or file, or choose another --out directory."),
    E206("FORGE-E206", "output folder busy",
            "Another forge run holds the output folder's lock (.forge/lock) and did not finish in time. Two runs"
                    + " never write one folder at once.",
            "Wait for the other run to finish, then run again."),

    E210("FORGE-E210", "file cannot be written safely",
            "A file the CLI itself writes (init's starter spec, check's report) is a symbolic link (dangling or not),"
                    + " or cannot be written where it is: a read-only file system, a folder without write permission, a"
                    + " file in the way of a folder."
                    + " Forge never writes through a link to a place the command line does not name.",
            "Name a regular path you can write to, or remove the link."),
    // (E207-E209 are free for the output writer.)

    // usage
    E301("FORGE-E301", "unknown target",
            "The --target option names no registered target.",
            "Run `forge targets` for the list."),
    E302("FORGE-E302", "unknown environment",
            "The --env option names an environment the spec does not declare.",
            "Use one of the environments the message lists."),
    E303("FORGE-E303", "unknown rule pack",
            "The --pack option (or `policy.packs`) names no rule pack.",
            "Run `forge docs rules` for the packs: baseline, strict."),
    E304("FORGE-E304", "path option not usable",
            "A path given on the command line cannot be used for what it names: an empty --out or --output (which"
                    + " would mean the current directory), or a report file that is the spec itself or another input.",
            "Name another path: a folder of its own for --out, a new file for the report."),

    // verify (Terraform itself, offline)
    E401("FORGE-E401", "terraform not found",
            "`forge verify` runs the real Terraform CLI (1.11 or later), and none is on the PATH.",
            "Install Terraform >= 1.11 (https://developer.hashicorp.com/terraform/install) or point FORGE_TERRAFORM at it."),
    E402("FORGE-E402", "node not found",
            "`forge verify` serves the AWS provider's schema to Terraform through a small Node.js plugin"
                    + " (tools/tf-provider), and `node` is not on the PATH.",
            "Install Node.js >= 18, or point FORGE_NODE at it."),
    E403("FORGE-E403", "offline provider plugin missing",
            "The schema-serving provider plugin (tools/tf-provider in a Forge checkout) was not found, or its npm"
                    + " packages could not be installed.",
            "Run forge from a checkout, or set FORGE_TF_PROVIDER to the tools/tf-provider folder; run"
                    + " tools/tf-provider/install.sh once with access to the npm registry."),
    E404("FORGE-E404", "no Terraform roots to verify",
            "The output folder holds no terraform-aws/environments/<env>/ root for the environments asked for.",
            "Run `forge synth` first (or let `forge verify` synthesize), and name environments the spec declares."),

    // coverage: declared in the spec, rendered by no selected target
    W401("FORGE-W401", "declared but not rendered",
            "The spec declares something that none of the selected targets generates: the field (or the whole"
                    + " resource) reaches no output file, so it has no effect on what is deployed. Each target declares"
                    + " the fields it renders (docs/coverage.md, `forge docs coverage`); the `model` target's JSON dump does not count, since it"
                    + " deploys nothing. A warning; with `forge synth --strict` an error, and nothing is written.",
            "Select a target that renders it (`--target`), remove it from the spec, or accept that it is not"
                    + " deployed yet."),

    // internal
    E900("FORGE-E900", "internal error",
            "Forge itself failed. This is a bug, not a problem with your spec.",
            "Run again with --debug and report the stack trace."),
    E901("FORGE-E901", "target failed",
            "A target failed while generating its files. Nothing was written.",
            "Run again with --debug and report the stack trace; other targets can be run with --target.");

    private final String id;
    private final String title;
    private final String explanation;
    private final String fix;

    Code(String id, String title, String explanation, String fix) {
        this.id = id;
        this.title = title;
        this.explanation = explanation;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public String fix() {
        return fix;
    }

    public static Optional<Code> byId(String id) {
        String wanted = id.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted) || c.name().equals(wanted)).findFirst();
    }
}
