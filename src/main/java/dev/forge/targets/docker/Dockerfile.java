package dev.forge.targets.docker;

import dev.forge.platform.containers.BaseImages;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small Dockerfile AST: instructions added in order, rendered with exec-form (JSON array) commands, so that
 * arguments are quoted by a JSON writer and never glued. Stages start only from a pinned base image
 * ({@link BaseImages.Pinned}: tag and digest, FORGE-DKR-003).
 */
final class Dockerfile {

    private final List<String> lines = new ArrayList<>();

    /** A comment line (or several, one per element). */
    Dockerfile comment(String... text) {
        for (String t : text) {
            lines.add(t.isEmpty() ? "#" : "# " + t);
        }
        return this;
    }

    Dockerfile blank() {
        lines.add("");
        return this;
    }

    /** {@code FROM tag@digest AS stage}. */
    Dockerfile from(BaseImages.Pinned image, String stage) {
        lines.add("FROM " + image.reference() + " AS " + stage);
        return this;
    }

    Dockerfile arg(String name, String value) {
        lines.add("ARG " + name + (value == null ? "" : "=" + value));
        return this;
    }

    /** {@code ENV K=V ...}, values quoted. */
    Dockerfile env(Map<String, String> vars) {
        List<String> parts = new ArrayList<>();
        vars.forEach((k, v) -> parts.add(k + "=" + word(v)));
        lines.add("ENV " + String.join(" \\\n    ", parts));
        return this;
    }

    /**
     * {@code LABEL k="v" ...} (OCI image annotations); {@code fromArgs} maps a label to a build argument whose value
     * it takes ({@code "${VERSION}"}).
     */
    Dockerfile labels(Map<String, String> labels, Map<String, String> fromArgs) {
        List<String> parts = new ArrayList<>();
        fromArgs.forEach((k, arg) -> parts.add(k + "=\"${" + arg + "}\""));
        labels.forEach((k, v) -> parts.add(k + "=" + word(v)));
        lines.add("LABEL " + String.join(" \\\n      ", parts));
        return this;
    }

    Dockerfile workdir(String dir) {
        lines.add("WORKDIR " + dir);
        return this;
    }

    /** {@code COPY [--from=stage] src... dest} in JSON form. */
    Dockerfile copy(String from, List<String> sources, String dest) {
        List<String> args = new ArrayList<>(sources);
        args.add(dest);
        lines.add("COPY " + (from == null ? "" : "--from=" + from + " ") + json(args));
        return this;
    }

    /** {@code RUN a && b && ...} (shell form: the steps are fixed text, never spec values). */
    Dockerfile run(String... steps) {
        lines.add("RUN " + String.join(" \\\n    && ", steps));
        return this;
    }

    Dockerfile user(int uid) {
        lines.add("USER " + uid + ":" + uid);
        return this;
    }

    Dockerfile expose(Integer... ports) {
        List<String> ps = new ArrayList<>();
        for (Integer p : ports) {
            if (p != null) {
                ps.add(p + "/tcp");
            }
        }
        if (!ps.isEmpty()) {
            lines.add("EXPOSE " + String.join(" ", ps));
        }
        return this;
    }

    /** {@code HEALTHCHECK --interval=.. --timeout=.. --start-period=.. --retries=.. CMD [...]}. */
    Dockerfile healthcheck(long intervalS, long timeoutS, long startS, int retries, List<String> command) {
        lines.add("HEALTHCHECK --interval=" + intervalS + "s --timeout=" + timeoutS + "s --start-period=" + startS
                + "s --retries=" + retries + " \\\n    CMD " + json(command));
        return this;
    }

    /** {@code HEALTHCHECK NONE}: the image has no health command, on purpose (the comment says why). */
    Dockerfile noHealthcheck(String why) {
        comment("No HEALTHCHECK: " + why);
        lines.add("HEALTHCHECK NONE");
        return this;
    }

    Dockerfile entrypoint(List<String> command) {
        lines.add("ENTRYPOINT " + json(command));
        return this;
    }

    Dockerfile cmd(List<String> command) {
        lines.add("CMD " + json(command));
        return this;
    }

    String render() {
        return String.join("\n", lines) + "\n";
    }

    /**
     * A double-quoted Dockerfile word: backslash, quote and {@code $} escaped (no variable expansion of spec text),
     * line breaks and other control characters turned into spaces.
     */
    static String word(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '"' || c == '$') {
                sb.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String json(List<String> args) {
        List<String> q = new ArrayList<>();
        args.forEach(a -> q.add(Json.quote(a)));
        return "[" + String.join(", ", q) + "]";
    }
}
