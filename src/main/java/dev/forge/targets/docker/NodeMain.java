package dev.forge.targets.docker;

import dev.forge.model.ContainerRuntime;
import dev.forge.platform.containers.Build;
import dev.forge.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A Node app's entry point: package.json's {@code main}, as npm reads it (index.js when absent). */
final class NodeMain {

    static final String DEFAULT = "index.js";

    private NodeMain() {
    }

    static String of(Build b, Optional<Path> dir) {
        if (b.family() != ContainerRuntime.NODE || dir.isEmpty()) {
            return DEFAULT;
        }
        Path pkg = dir.get().resolve("package.json");
        try {
            if (Files.size(pkg) > 1_000_000) {
                return DEFAULT;
            }
            Object parsed = Json.parse(Files.readString(pkg));
            if (parsed instanceof Map<?, ?> m && m.get("main") instanceof String main && !main.isBlank()
                    && main.matches("[A-Za-z0-9_./-]+") && !main.contains("..")) {
                return main.startsWith("./") ? main.substring(2) : main;
            }
        } catch (IOException | RuntimeException e) {
            return DEFAULT; // not readable or not JSON: npm ci will say so at build time
        }
        return DEFAULT;
    }
}
