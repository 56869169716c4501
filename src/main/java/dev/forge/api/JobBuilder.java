package dev.forge.api;

import dev.forge.model.Cpu;
import dev.forge.model.Duration;
import dev.forge.model.JobSpec;
import dev.forge.model.Size;
import dev.forge.model.Use;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** Builds a {@link JobSpec}: a container that runs to completion, on a schedule or on demand. */
public final class JobBuilder extends SpecBuilder<JobSpec, JobBuilder> {

    JobBuilder() {
        super(JobSpec.class);
    }

    /** What the job does. */
    public JobBuilder description(String description) {
        return set("description", description);
    }

    /** Runs an existing image ({@code image: ghcr.io/acme/migrate:1.0}). */
    public JobBuilder image(String ref) {
        return image(i -> i.ref(ref));
    }

    /** Runs an image built from a directory ({@code image: { build: jobs/report }}). */
    public JobBuilder imageBuild(String directory) {
        return image(i -> i.build(directory));
    }

    /** The image the job runs (required). */
    public JobBuilder image(Consumer<ImageBuilder> edit) {
        return nested("image", ImageBuilder::new, edit);
    }

    /** Adds words of the command run instead of the image's default. */
    public JobBuilder command(String... command) {
        return add("command", command == null ? null : Arrays.asList(command));
    }

    /** CPU: cores ({@code 0.5}) or millicores ({@code 500m}); default 0.25. */
    public JobBuilder cpu(String cpu) {
        return parse("cpu", cpu, Cpu::parse);
    }

    /** CPU. */
    public JobBuilder cpu(Cpu cpu) {
        return set("cpu", cpu);
    }

    /** Memory ({@code 1Gi}; a bare number is MiB); default 512Mi. */
    public JobBuilder memory(String memory) {
        return parse("memory", memory, Size::parse);
    }

    /** Memory. */
    public JobBuilder memory(Size memory) {
        return set("memory", memory);
    }

    /** When the job runs: a five-field cron such as {@code 0 3 * * *}; on demand only when unset. */
    public JobBuilder schedule(String schedule) {
        return set("schedule", schedule);
    }

    /** The IANA time zone the schedule is read in (default UTC). */
    public JobBuilder timezone(String timezone) {
        return set("timezone", timezone);
    }

    /** Longest a run may take, 1s-24h ({@code 1h}, the default). */
    public JobBuilder timeout(String timeout) {
        return parse("timeout", timeout, Duration::parse);
    }

    /** Longest a run may take. */
    public JobBuilder timeout(Duration timeout) {
        return set("timeout", timeout);
    }

    /** Runs retried after a failure before the job counts as failed (default 1). */
    public JobBuilder retries(Integer retries) {
        return set("retries", retries);
    }

    /** Adds an environment variable; {@code secret:NAME} and {@code parameter:NAME} are read from the store. */
    public JobBuilder env(String name, String value) {
        return put("env", name, value);
    }

    /** Adds environment variables. */
    public JobBuilder env(Map<String, String> env) {
        return putAll("env", env);
    }

    /** Adds what the job may access: {@code database:main (connect)}, {@code secret:api-key}. */
    public JobBuilder uses(String... uses) {
        return addParsed("uses", uses, Use::parse);
    }

    /** Adds what the job may access. */
    public JobBuilder uses(Use... uses) {
        return add("uses", uses == null ? null : Arrays.asList(uses));
    }

    /** Overrides fields in one environment. */
    public JobBuilder override(String environment, Consumer<JobBuilder> edit) {
        return overlay(environment, JobBuilder::new, edit);
    }
}
