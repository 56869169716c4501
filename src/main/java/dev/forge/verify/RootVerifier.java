package dev.forge.verify;

import dev.forge.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code terraform init}, {@code validate} and {@code plan -refresh=false} over one environment root of a
 * terraform-aws output, in a scratch copy (the output is never touched): a local-backend override replaces the S3
 * backend, the function source folder is pointed at its real place, and inputs that have no value get a dummy one.
 */
public final class RootVerifier {

    /** Time limit of one terraform command. */
    static final long TIMEOUT_SECONDS = 600;

    private static final Pattern VARIABLE = Pattern.compile("(?ms)^variable \"([^\"]+)\" \\{\\n(.*?)^\\}");
    private static final Pattern TYPE = Pattern.compile("(?m)^\\s+type\\s+=\\s+(.+)$");
    private static final Pattern DEFAULT = Pattern.compile("(?m)^\\s+default\\s+=");
    private static final Pattern TFVAR = Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_-]*)\\s+=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\")?");

    private final OfflineTerraform tf;

    public RootVerifier(OfflineTerraform tf) {
        this.tf = tf;
    }

    /**
     * Verifies {@code terraformDir/environments/<env>} (terraformDir is the target's folder, holding
     * {@code modules/} and {@code environments/}), working in {@code scratch} (created, then left for inspection).
     * Terraform starts the plugin from the offline mirror for every command, as a user's own terraform run does.
     */
    public RootResult verify(Path terraformDir, String env, Path scratch) {
        return run(terraformDir, env, scratch, tf.env());
    }

    /** As {@link #verify(Path, String, Path)}, attached to running provider servers (never two roots at once). */
    public RootResult verify(Path terraformDir, String env, Path scratch, ProviderServers servers) {
        return run(terraformDir, env, scratch, servers.env());
    }

    private RootResult run(Path terraformDir, String env, Path scratch, Map<String, String> environment) {
        long t0 = System.nanoTime();
        Path source = terraformDir.resolve("environments").resolve(env);
        Path copy = scratch.resolve("terraform-aws");
        Path root = copy.resolve("environments").resolve(env);
        try {
            copyTree(terraformDir.resolve("modules"), copy.resolve("modules"));
            copyTree(source, root);
            Map<String, Object> backend = Map.of("terraform", Map.of("backend", Map.of("local",
                    Map.of("path", scratch.resolve("terraform.tfstate").toString()))));
            Files.writeString(root.resolve("zz_forge_verify_override.tf.json"), Json.write(backend), StandardCharsets.UTF_8);
            Files.writeString(root.resolve("zz_forge_verify.auto.tfvars.json"), Json.write(inputs(source)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        Proc init = terraform(environment, root, "init", "-input=false", "-no-color");
        if (!init.ok()) {
            problems.add(("init: " + init.stderr().strip() + "\n" + tail(init.stdout())).strip());
            return new RootResult(env, false, false, false, problems, List.of(), 0, 0, 0, ms(t0));
        }
        Proc validate = terraform(environment, root, "validate", "-json", "-no-color");
        boolean valid = validate(validate, copy, root, problems);
        if (!valid) {
            return new RootResult(env, true, false, false, problems, List.of(), 0, 0, 0, ms(t0));
        }
        Proc plan = terraform(environment, root, "plan", "-refresh=false", "-input=false", "-lock=false", "-no-color", "-json");
        TreeSet<String> addresses = new TreeSet<>();
        int[] counts = new int[3];
        boolean planned = plan(plan, copy, root, problems, addresses, counts);
        return new RootResult(env, true, true, planned, problems, List.copyOf(addresses), counts[0], counts[1], counts[2], ms(t0));
    }

    private Proc terraform(Map<String, String> environment, Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(tf.terraform().toString());
        cmd.addAll(List.of(args));
        return Proc.run(cmd, dir, environment, TIMEOUT_SECONDS);
    }

    /** Values for the root's inputs: source_root at the real spec folder, and a dummy for each input with no value. */
    static Map<String, Object> inputs(Path envRoot) throws IOException {
        Map<String, String> tfvars = new TreeMap<>();
        Path tfvarsFile = envRoot.resolve("terraform.tfvars");
        if (Files.isRegularFile(tfvarsFile)) {
            Matcher m = TFVAR.matcher(Files.readString(tfvarsFile));
            while (m.find()) {
                tfvars.put(m.group(1), m.group(3));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        String sourceRoot = tfvars.get("source_root");
        if (sourceRoot != null) {
            out.put("source_root", envRoot.toAbsolutePath().resolve(sourceRoot).normalize().toString());
        }
        Path variables = envRoot.resolve("variables.tf");
        if (Files.isRegularFile(variables)) {
            Matcher v = VARIABLE.matcher(Files.readString(variables));
            while (v.find()) {
                String name = v.group(1);
                String body = v.group(2);
                if (tfvars.containsKey(name) || DEFAULT.matcher(body).find()) {
                    continue;
                }
                Matcher t = TYPE.matcher(body);
                out.put(name, dummy(name, t.find() ? t.group(1).strip() : "string"));
            }
        }
        return out;
    }

    /** A stand-in value of a Terraform type constraint, shaped like what the input names (ARNs look like ARNs). */
    static Object dummy(String name, String type) {
        if (type.equals("number")) {
            return name.endsWith("port") ? 5432 : 1;
        }
        if (type.equals("bool")) {
            return false;
        }
        if (type.startsWith("list(") || type.startsWith("set(")) {
            return List.of(dummy(name, type.substring(type.indexOf('(') + 1, type.length() - 1)));
        }
        if (type.startsWith("map(") || type.startsWith("object(")) {
            return Map.of();
        }
        if (name.endsWith("_arn")) {
            return "arn:aws:iam::123456789012:role/forge-verify-" + name.replace('_', '-');
        }
        if (name.endsWith("vpc_cidr") || name.endsWith("_cidr")) {
            return "10.0.0.0/16";
        }
        return "forge-verify-" + name.replace('_', '-');
    }

    private static boolean validate(Proc p, Path copy, Path root, List<String> problems) {
        Object doc;
        try {
            doc = Json.parse(p.stdout().strip());
        } catch (RuntimeException e) {
            problems.add("validate: " + (p.stderr() + p.stdout()).strip());
            return false;
        }
        if (!(doc instanceof Map<?, ?> m)) {
            problems.add("validate: " + p.stdout().strip());
            return false;
        }
        if (m.get("diagnostics") instanceof List<?> ds) {
            ds.forEach(d -> problems.add(diagnostic(d, copy, root)));
        }
        return Boolean.TRUE.equals(m.get("valid")) && p.ok();
    }

    private static boolean plan(Proc p, Path copy, Path root, List<String> problems, TreeSet<String> addresses, int[] counts) {
        for (String line : p.stdout().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Object doc;
            try {
                doc = Json.parse(line);
            } catch (RuntimeException e) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> m)) {
                continue;
            }
            Object type = m.get("type");
            if ("planned_change".equals(type) && m.get("change") instanceof Map<?, ?> c
                    && c.get("resource") instanceof Map<?, ?> r && !"delete".equals(c.get("action"))) {
                addresses.add(String.valueOf(r.get("addr")));
            } else if ("change_summary".equals(type) && m.get("changes") instanceof Map<?, ?> c) {
                counts[0] = num(c.get("add")) + num(c.get("import"));
                counts[1] = num(c.get("change"));
                counts[2] = num(c.get("remove"));
            } else if ("diagnostic".equals(type)) {
                problems.add(diagnostic(m.get("diagnostic"), copy, root));
            }
        }
        if (!p.ok() && problems.stream().noneMatch(s -> s.contains("Error:"))) {
            problems.add("plan: " + p.stderr().strip());
        }
        return p.ok();
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    /** {@code modules/lambda/main.tf:12: Error: summary: detail}, the file relative to the terraform-aws folder. */
    static String diagnostic(Object d, Path copy, Path root) {
        if (!(d instanceof Map<?, ?> m)) {
            return String.valueOf(d);
        }
        StringBuilder sb = new StringBuilder();
        if (m.get("range") instanceof Map<?, ?> r) {
            String file = String.valueOf(r.get("filename"));
            Path abs = root.resolve(file).normalize();
            sb.append(abs.startsWith(copy) ? copy.relativize(abs).toString().replace('\\', '/') : file);
            if (r.get("start") instanceof Map<?, ?> s) {
                sb.append(':').append(s.get("line"));
            }
            sb.append(": ");
        }
        String sev = String.valueOf(m.get("severity"));
        sb.append("error".equals(sev) ? "Error" : "warning".equals(sev) ? "Warning" : sev).append(": ").append(m.get("summary"));
        Object detail = m.get("detail");
        if (detail != null && !String.valueOf(detail).isBlank()) {
            sb.append(": ").append(String.valueOf(detail).strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return sb.toString();
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 2000 ? "..." + t.substring(t.length() - 2000) : t;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(from) && (n.equals(".terraform") || n.equals(".build"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String n = file.getFileName().toString();
                if (attrs.isRegularFile() && !n.endsWith(".tfstate") && !n.equals(".terraform.lock.hcl")) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
