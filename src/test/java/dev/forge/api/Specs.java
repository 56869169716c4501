package dev.forge.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.bind.Binder;
import dev.forge.model.ModelTree;
import dev.forge.model.Spec;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: bind YAML the way the CLI does, and compare a spec built in Java with it. */
final class Specs {

    private Specs() {
    }

    static Spec bind(String name, String yaml) {
        return Binder.bind(new YamlLoader().load(SpecSource.of(name, yaml))).spec();
    }

    static Spec bindFile(Path file) {
        try {
            return bind(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares as trees first (a readable diff when they differ), then by the records' own equals. */
    static void assertSameSpec(Spec built, Spec bound) {
        assertThat(ModelTree.of(built)).isEqualTo(ModelTree.of(bound));
        assertThat(built).isEqualTo(bound);
        assertThat(built.hashCode()).isEqualTo(bound.hashCode());
    }

    /** A minimal YAML spec with {@code body} appended at the top level. */
    static Spec yaml(String body) {
        return bind("test.yaml", "forge: 1\napp: demo\nenvironments: { dev: {}, prod: {} }\n" + body);
    }

    /** The Java counterpart of {@link #yaml}'s preamble. */
    static ForgeApp app() {
        return ForgeApp.named("demo").environment("dev").environment("prod");
    }
}
