package dev.forge.verify;

import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.HclPrinter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Terraform CLI, set up to run offline: a filesystem mirror holding Forge's schema-serving provider
 * plugin (hashicorp/aws, hashicorp/archive, hashicorp/google and hashicorp/random, as wrapper scripts that exec node on tools/tf-provider/provider.js)
 * and a CLI configuration that installs providers only from that mirror.
 *
 * @param terraform the terraform executable
 * @param version   its version, e.g. {@code 1.11.4}
 * @param node      the node executable
 * @param plugin    the plugin's folder (tools/tf-provider)
 * @param workDir   where the mirror and the CLI configuration live
 * @param env       the environment every terraform command runs with
 */
public record OfflineTerraform(Path terraform, String version, Path node, Path plugin, Path workDir, Map<String, String> env) {

    /**
     * Providers served offline: the versions the version constraints of terraform-aws (aws, archive) and of the gcp
     * target's Terraform (google, random) accept.
     */
    public static final Map<String, String> PROVIDERS = Map.of("aws", "6.25.0", "archive", "2.7.1", "google", "6.50.0",
            "random", "3.7.2");

    private static final Pattern VERSION = Pattern.compile("\"terraform_version\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PLATFORM = Pattern.compile("\"platform\"\\s*:\\s*\"([^\"]+)\"");

    public OfflineTerraform {
        env = Map.copyOf(env);
    }

    /**
     * Finds terraform, node and the plugin, installs the plugin's npm packages when needed, and writes the
     * mirror and CLI configuration under {@code workDir}. Throws {@link SpecException} (E401-E403) when a piece
     * is missing.
     */
    public static OfflineTerraform prepare(Path workDir) {
        Path terraform = executable("terraform").orElseThrow(() -> missing(Code.E401,
                "terraform is not on the PATH: `forge verify` runs the real Terraform CLI (>= 1.11)"));
        Path node = executable("node").orElseThrow(() -> missing(Code.E402,
                "node is not on the PATH: the offline AWS provider is a Node.js plugin"));
        Path plugin = pluginDir().orElseThrow(() -> missing(Code.E403,
                "the offline provider plugin (tools/tf-provider/provider.js) was not found next to forge or in a parent"
                        + " folder of " + Path.of("").toAbsolutePath()));
        install(plugin);
        Proc v = Proc.run(List.of(terraform.toString(), "version", "-json"), workDir(workDir), Map.of(), 60);
        Matcher ver = VERSION.matcher(v.stdout());
        Matcher plat = PLATFORM.matcher(v.stdout());
        if (!v.ok() || !ver.find() || !plat.find()) {
            throw missing(Code.E401, terraform + " does not answer `terraform version -json`: " + v.stderr().strip());
        }
        try {
            Path mirror = workDir.resolve("mirror");
            for (var p : new TreeMap<>(PROVIDERS).entrySet()) {
                Path dir = mirror.resolve("registry.terraform.io/hashicorp/" + p.getKey() + "/" + p.getValue() + "/" + plat.group(1));
                Files.createDirectories(dir);
                Path exe = dir.resolve("terraform-provider-" + p.getKey() + "_v" + p.getValue());
                Files.writeString(exe, "#!/bin/sh\n# Forge's offline schema-serving provider (tools/tf-provider); plans, never applies.\nexec "
                        + shellQuote(node.toString()) + " " + shellQuote(plugin.resolve("provider.js").toString())
                        + " --provider " + p.getKey() + " \"$@\"\n", StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Body rc = new Body();
            rc.comment("Written by forge verify: providers come only from the local mirror (no registry, no network).");
            rc.block("provider_installation", pi -> pi.block("filesystem_mirror", fm -> fm
                    .attr("path", str(mirror.toString()))
                    .attr("include", strings(List.of("registry.terraform.io/hashicorp/*")))));
            Path rcFile = workDir.resolve("terraform.rc");
            Files.writeString(rcFile, HclPrinter.print(rc), StandardCharsets.UTF_8);
            Map<String, String> env = new TreeMap<>();
            env.put("TF_CLI_CONFIG_FILE", rcFile.toString());
            env.put("TF_IN_AUTOMATION", "1");
            env.put("TF_INPUT", "0");
            env.put("CHECKPOINT_DISABLE", "1");
            env.put("TF_REGISTRY_DISCOVERY_RETRY", "0");
            return new OfflineTerraform(terraform, ver.group(1), node, plugin, workDir, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDir(Path workDir) {
        try {
            return Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void install(Path plugin) {
        Path script = plugin.resolve("install.sh");
        Proc r = Proc.run(List.of("bash", script.toString()), plugin, Map.of(), 900);
        if (!r.ok()) {
            throw missing(Code.E403, "the offline provider's npm packages could not be installed (" + script + "): "
                    + r.stderr().strip());
        }
    }

    private static SpecException missing(Code code, String message) {
        return new SpecException(Diagnostic.error(Location.NONE, code, message, code.fix()));
    }

    /**
     * The {@code forge.<name>} system property or the {@code FORGE_<NAME>} environment variable if set (an explicit
     * path), else the first {@code name} on the PATH.
     */
    static Optional<Path> executable(String name) {
        String o = System.getProperty("forge." + name, System.getenv("FORGE_" + name.toUpperCase(java.util.Locale.ROOT)));
        if (o != null && !o.isBlank()) {
            Path p = Path.of(o);
            return Files.isExecutable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /**
     * tools/tf-provider: {@code FORGE_TF_PROVIDER} or the {@code forge.tfProvider} property if set, else the
     * nearest folder at or above the working directory, or above the forge jar, that holds it.
     */
    static Optional<Path> pluginDir() {
        String o = System.getProperty("forge.tfProvider", System.getenv("FORGE_TF_PROVIDER"));
        if (o != null && !o.isBlank()) {
            Path p = Path.of(o).toAbsolutePath().normalize();
            return Files.isRegularFile(p.resolve("provider.js")) ? Optional.of(p) : Optional.empty();
        }
        Optional<Path> fromCwd = above(Path.of("").toAbsolutePath());
        if (fromCwd.isPresent()) {
            return fromCwd;
        }
        try {
            var src = OfflineTerraform.class.getProtectionDomain().getCodeSource();
            return src == null ? Optional.empty() : above(Path.of(src.getLocation().toURI()).toAbsolutePath());
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> above(Path start) {
        for (Path d = start; d != null; d = d.getParent()) {
            Path p = d.resolve("tools/tf-provider");
            if (Files.isRegularFile(p.resolve("provider.js"))) {
                return Optional.of(p.normalize());
            }
        }
        return Optional.empty();
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
