package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Cpu;
import dev.forge.model.HealthSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.Ref;
import dev.forge.model.Size;
import dev.forge.platform.aws.Fargate;
import java.util.List;

/**
 * What services and jobs share, as terraform-aws's {@code EcsTasks} builds it: the log group {@code <id>LogGroup},
 * the execution role {@code <id>ExecutionRole} (what ECS does to start the task: pull the image, inject the secrets,
 * write the logs), the task role {@code <id>TaskRole} (what the code may do) and the Fargate task definition
 * {@code <id>TaskDefinition} with one hardened container named {@value #CONTAINER}.
 */
final class EcsTasks {

    /** The container's name in every task definition. */
    static final String CONTAINER = "app";
    /** Numeric, non-root user the container runs as (FORGE-DKR-001). */
    static final String USER = "10001:10001";

    private EcsTasks() {
    }

    /** The task of {@code self}: a service when {@code port} is not null. Returns the task definition's properties. */
    static YamlMap add(Stack stack, Ref self, ImageSpec image, Cpu cpu, Size memory, List<String> command, Integer port,
            YamlMap healthCheck) {
        Template t = stack.template();
        String id = Stack.logicalId(self);
        String name = fit(stack.env().naming().base(self.name()), 52);
        NetworkPart.logGroup(stack, id + "LogGroup", "/ecs/" + name); // FORGE-LOG-001: logs kept for a bounded time
        boolean built = image.build() != null;
        // a built image runs from the stack's own repository (RepositoriesPart), at the stack's image tag
        Object imageUri = built ? RepositoriesPart.imageUri(self) : image.ref();
        ContainerEnv env = ContainerEnv.of(stack, self);
        role(t, id + "ExecutionRole", name + "-execution", "ECS starting the task: pull the image, inject the secrets,"
                + " write the logs", TaskPolicies.execution(stack, self, built));
        role(t, id + "TaskRole", name + "-task", "the code in the task: exactly what the spec's uses: grant",
                TaskPolicies.task(stack, self));
        Fargate.TaskSize size = Fargate.fit(cpu, memory); // FORGE-ECS-001/002 refuse a pair that is not a size
        int memoryMib = (int) (size == null ? memory.mebibytes() : size.memoryMib());
        // the container's hard limit is the task's memory: one container (CT.ECS.PR.4)
        YamlMap container = YamlMap.of("Name", CONTAINER, "Image", imageUri, "Essential", true, "Memory", memoryMib);
        if (command != null && !command.isEmpty()) {
            container.put("Command", YamlList.copyOf(command));
        }
        if (port != null) {
            container.put("PortMappings", YamlList.of(YamlMap.of("ContainerPort", port, "Protocol", "tcp")));
        }
        container.putIfNotEmpty("Environment", env.environmentList());
        // secrets arrive as Secrets (ValueFrom), never in Environment (FORGE-SEC-001)
        container.putIfNotEmpty("Secrets", env.secretsList());
        // read-only root filesystem (checkov CKV_AWS_336): /tmp is the one writable place; a numeric non-root user,
        // not privileged, every capability dropped (FORGE-DKR-001)
        container.put("User", USER);
        container.put("ReadonlyRootFilesystem", true);
        container.put("Privileged", false);
        container.put("MountPoints", YamlList.of(YamlMap.of("SourceVolume", "tmp", "ContainerPath", "/tmp", "ReadOnly", false)));
        container.put("LinuxParameters", YamlMap.of("InitProcessEnabled", true,
                "Capabilities", YamlMap.of("Drop", YamlList.of("ALL"))));
        container.put("LogConfiguration", YamlMap.of("LogDriver", "awslogs", "Options", YamlMap.of(
                "awslogs-group", Fn.ref(id + "LogGroup"), "awslogs-region", Fn.REGION, "awslogs-stream-prefix", CONTAINER)));
        if (healthCheck != null) {
            container.put("HealthCheck", healthCheck);
        }
        YamlMap props = YamlMap.of("Family", name, "RequiresCompatibilities", YamlList.of("FARGATE"),
                "NetworkMode", "awsvpc",
                "Cpu", String.valueOf(size == null ? Fargate.units(cpu) : size.cpuUnits()),
                "Memory", String.valueOf(memoryMib),
                "ExecutionRoleArn", Fn.getAtt(id + "ExecutionRole", "Arn"),
                "TaskRoleArn", Fn.getAtt(id + "TaskRole", "Arn"),
                // ARM64 (Graviton: cheaper per vCPU-hour), as terraform-aws
                "RuntimePlatform", YamlMap.of("OperatingSystemFamily", "LINUX", "CpuArchitecture", "ARM64"),
                "Volumes", YamlList.of(YamlMap.of("Name", "tmp")),
                "ContainerDefinitions", YamlList.of(container));
        t.add(id + "TaskDefinition", "AWS::ECS::TaskDefinition", props);
        return props;
    }

    /**
     * The container's own health check (ECS ignores an image's HEALTHCHECK): the command the docker target writes,
     * with the spec's timing fitted to what ECS takes (interval 5-300 s, timeout 2-60 s, retries 1-10, start period
     * 0-300 s). Null for an image Forge does not build or whose runtime has no client (distroless).
     */
    static YamlMap healthCheck(dev.forge.model.ContainerRuntime family, int port, HealthSpec h) {
        if (family == null || h == null) {
            return null;
        }
        return dev.forge.platform.containers.HealthCommands.of(family, port, h).map(cmd -> {
            YamlList command = YamlList.of("CMD");
            cmd.forEach(command::add);
            return YamlMap.of("Command", command,
                    "Interval", (int) clamp(h.interval().seconds(), 5, 300),
                    "Timeout", (int) clamp(h.timeout().seconds(), 2, 60),
                    "Retries", (int) clamp(h.unhealthyThreshold(), 1, 10),
                    "StartPeriod", (int) clamp(h.initialDelay().seconds(), 0, 300));
        }).orElse(null);
    }

    private static long clamp(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }

    /** A role ECS tasks assume, from this account only (the confused-deputy condition AWS recommends). */
    private static void role(Template t, String id, String name, String what, List<YamlMap> statements) {
        YamlMap trust = IamRender.serviceTrust("TrustEcsTasks", "ecs-tasks.amazonaws.com");
        YamlMap props = YamlMap.of("RoleName", name, "Description", "Role of " + what, "AssumeRolePolicyDocument", trust);
        if (!statements.isEmpty()) {
            props.put("Policies", YamlList.of(YamlMap.of("PolicyName", name, "PolicyDocument",
                    YamlMap.of("Version", "2012-10-17", "Statement", YamlList.copyOf(statements)))));
        }
        t.add(id, "AWS::IAM::Role", props);
    }

    /** {@code name} cut to {@code max} characters with a hash of the whole (role names add -execution, limit 64). */
    static String fit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hex = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        String cut = name.substring(0, max - 9);
        int end = cut.length();
        while (end > 0 && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(0, end) + "-" + hex; // terraform-aws's cut, the same names
    }
}
