package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.AutoscalingSpec;
import dev.forge.model.ContainerRuntime;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ScalingScheduleSpec;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import dev.forge.platform.aws.EcsBlueGreen;
import dev.forge.platform.containers.Builds;
import dev.forge.synth.SynthContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ECS cluster ({@code Cluster}) and each service, as terraform-aws's {@code ecs_cluster} and {@code ecs_service}
 * modules build them: the task ({@link EcsTasks}) in the private subnets behind its own security group, no public IP,
 * rolling deployments that never go below the desired count and roll back on failure (circuit breaker), ECS Exec off,
 * the target group of the load balancer in front ({@code <api id>TargetGroup<Service>}, built by the load balancers'
 * part), and target tracking on CPU, memory and requests plus scheduled scaling ({@code <id>ScalableTarget}).
 */
final class EcsServicesPart implements Part {

    /** The environment's private DNS namespace (platform.aws.ServiceDiscovery), when a service is called by name. */
    static final String NAMESPACE = "ServiceDiscoveryNamespace";

    @Override
    public void build(Stack stack) {
        Spec s = stack.env().spec();
        if (!s.services().isEmpty() || !s.jobs().isEmpty()) {
            // Container Insights: the per-task metrics the alarms and the dashboard read
            Resource cluster = stack.template().add("Cluster", "AWS::ECS::Cluster", YamlMap.of("ClusterName", stack.env().naming().prefix(),
                    "ClusterSettings", YamlList.of(YamlMap.of("Name", "containerInsights", "Value", "enhanced")),
                    "CapacityProviders", YamlList.of("FARGATE"),
                    "DefaultCapacityProviderStrategy", YamlList.of(YamlMap.of("CapacityProvider", "FARGATE", "Weight", 1,
                            "Base", 0))));
            stack.template().output("ClusterName", "Name of the ECS cluster", Fn.ref("Cluster"), null);
            cluster.suppressGuard("ecs_container_insights_enabled_check", "Container Insights is on: \"enhanced\" (per-task"
                    + " and per-container metrics) is more than the \"enabled\" the rule names");
        }
        if (s.services().isEmpty()) {
            return;
        }
        if (!stack.registeredServices().isEmpty()) {
            // resolvable only inside the VPC: services find each other by name, nothing outside sees them
            stack.template().add(NAMESPACE, "AWS::ServiceDiscovery::PrivateDnsNamespace", YamlMap.of(
                    "Name", dev.forge.platform.aws.ServiceDiscovery.namespace(stack.env()),
                    "Description", "Services of " + stack.env().naming().prefix() + " by name (ECS registers their tasks).",
                    "Vpc", NetworkPart.vpcId(stack)));
        }
        Map<String, ContainerRuntime> families = families(stack.context());
        new TreeMap<>(s.services()).forEach((name, x) -> service(stack, name, x, families.get(name)));
    }

    private static void service(Stack stack, String name, ServiceSpec x, ContainerRuntime family) {
        Ref self = new Ref(Kind.SERVICE, name);
        String id = Stack.logicalId(self);
        Template t = stack.template();
        EcsTasks.add(stack, self, x.image(), x.cpu(), x.memory(), x.command(), x.port(),
                EcsTasks.healthCheck(family, x.port(), x.health()));
        AutoscalingSpec auto = x.autoscaling();
        String front = dev.forge.platform.aws.ApiRoutes.frontOf(stack.env().spec(), name);
        YamlMap props = YamlMap.of("ServiceName", EcsTasks.fit(stack.env().naming().base(name), 52),
                "Cluster", Fn.ref("Cluster"), "TaskDefinition", Fn.ref(id + "TaskDefinition"),
                "DesiredCount", auto != null ? auto.min() : x.replicas(),
                "LaunchType", "FARGATE", "PlatformVersion", "LATEST", "PropagateTags", "SERVICE",
                "EnableECSManagedTags", true,
                // ECS Exec off: a shell into production tasks bypasses every other control
                "EnableExecuteCommand", false,
                // never below the desired count during a deployment; a deployment whose tasks keep failing stops and
                // rolls back to the last working one
                "DeploymentConfiguration", YamlMap.of("MinimumHealthyPercent", 100, "MaximumPercent", 200,
                        "DeploymentCircuitBreaker", YamlMap.of("Enable", true, "Rollback", true)),
                "DeploymentController", YamlMap.of("Type", "ECS"),
                // private subnets only: nothing reaches a task but through its security group
                "NetworkConfiguration", YamlMap.of("AwsvpcConfiguration", YamlMap.of(
                        "Subnets", NetworkPart.subnets(stack, NetworkPart.Tier.PRIVATE),
                        "SecurityGroups", YamlList.of(Fn.getAtt(SecurityGroupsPart.groupId(self), "GroupId")),
                        "AssignPublicIp", "DISABLED")));
        if (stack.registeredServices().contains(name)) {
            t.add(id + "Discovery", "AWS::ServiceDiscovery::Service", YamlMap.of("Name", name,
                    "Description", "Tasks of " + EcsTasks.fit(stack.env().naming().base(name), 52)
                            + " (ECS keeps the records current).",
                    // one A record per running task; a caller's resolver spreads requests over them
                    "DnsConfig", YamlMap.of("NamespaceId", Fn.getAtt(NAMESPACE, "Id"), "RoutingPolicy", "MULTIVALUE",
                            "DnsRecords", YamlList.of(YamlMap.of("Type", "A",
                                    "TTL", dev.forge.platform.aws.ServiceDiscovery.TTL_SECONDS))),
                    // ECS reports each task's health (its container health check) to Cloud Map
                    "HealthCheckCustomConfig", new YamlMap()));
            props.put("ServiceRegistries", YamlList.of(YamlMap.of("RegistryArn", Fn.getAtt(id + "Discovery", "Arn"))));
        }
        String rule = LoadBalancersPart.blueGreenRule(stack.env().spec(), name);
        if (front != null) {
            String lb = Stack.logicalId(Kind.API, front);
            YamlMap target = YamlMap.of("TargetGroupArn", Fn.ref(targetGroup(front, name)),
                    "ContainerName", EcsTasks.CONTAINER, "ContainerPort", x.port());
            props.put("LoadBalancers", YamlList.of(target));
            props.put("HealthCheckGracePeriodSeconds", (int) x.health().initialDelay().seconds());
            Resource service = t.add(id, "AWS::ECS::Service", props).dependsOn(lb + "HttpsListener");
            if (rule != null) {
                blueGreen(stack, self, (YamlMap) props.get("DeploymentConfiguration"), target, front, rule);
                service.dependsOn(rule);
            }
        } else {
            t.add(id, "AWS::ECS::Service", props);
        }
        t.output(id + "Name", "Name of the ECS service of service " + name, Fn.getAtt(id, "Name"), null);
        String fallback = dev.forge.platform.aws.EcsBlueGreen.fallback(stack.env().spec(), name);
        if (fallback != null) {
            stack.note(fallback);
        }
        if (auto != null) {
            scaling(stack, self, x, auto, front);
        }
    }

    /**
     * Blue-green, ECS's own, as platform.aws.EcsBlueGreen decides for both AWS targets: the new version starts beside
     * the old in the green target group, the front rule's traffic moves to it at once, both run for the bake time (a
     * quick way back), a failed deployment rolls back; ECS moves the traffic as the infrastructure role.
     */
    private static void blueGreen(Stack stack, Ref self, YamlMap deployment, YamlMap target, String front, String rule) {
        String id = Stack.logicalId(self);
        deployment.put("Strategy", EcsBlueGreen.STRATEGY);
        deployment.put("BakeTimeInMinutes", EcsBlueGreen.BAKE_TIME_MINUTES);
        stack.template().add(id + "BlueGreenRole", "AWS::IAM::Role", YamlMap.of(
                "RoleName", EcsBlueGreen.roleName(EcsTasks.fit(stack.env().naming().base(self.name()), 52)),
                "Description", EcsBlueGreen.ROLE_DESCRIPTION,
                "AssumeRolePolicyDocument", IamRender.serviceTrust(EcsBlueGreen.TRUST_SID, EcsBlueGreen.TRUSTED_SERVICE),
                // AWS's policy for exactly this (EcsBlueGreen says why not a list of actions)
                "ManagedPolicyArns", YamlList.of(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/"
                        + EcsBlueGreen.MANAGED_POLICY))));
        target.put("AdvancedConfiguration", YamlMap.of("AlternateTargetGroupArn", Fn.ref(targetGroup(front, self.name())
                + "Green"), "ProductionListenerRule", Fn.ref(rule), "RoleArn", Fn.getAtt(id + "BlueGreenRole", "Arn")));
    }

    private static void scaling(Stack stack, Ref self, ServiceSpec x, AutoscalingSpec auto, String front) {
        Template t = stack.template();
        String id = Stack.logicalId(self);
        String target = id + "ScalableTarget";
        YamlMap props = YamlMap.of("ServiceNamespace", "ecs", "ScalableDimension", "ecs:service:DesiredCount",
                "ResourceId", Fn.sub("service/${Cluster}/${" + id + ".Name}"),
                "MinCapacity", auto.min(), "MaxCapacity", auto.max(),
                // Application Auto Scaling's service-linked role for ECS (created by AWS on first use)
                "RoleARN", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/"
                        + "ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService"));
        if (x.scalingSchedules() != null && !x.scalingSchedules().isEmpty()) {
            YamlList actions = new YamlList();
            for (int i = 0; i < x.scalingSchedules().size(); i++) {
                ScalingScheduleSpec sc = x.scalingSchedules().get(i);
                actions.add(YamlMap.of("ScheduledActionName", EcsTasks.fit(stack.env().naming().base(self.name()), 52)
                                + "-" + (i + 1), "Schedule", EcsJobsPart.aws(sc.schedule(), "service " + self.name()),
                        "Timezone", sc.timezone() == null ? "UTC" : sc.timezone(),
                        "ScalableTargetAction", YamlMap.of("MinCapacity", sc.min(), "MaxCapacity", sc.max())));
            }
            props.put("ScheduledActions", actions);
        }
        t.add(target, "AWS::ApplicationAutoScaling::ScalableTarget", props);
        policy(stack, self, "Cpu", "ECSServiceAverageCPUUtilization", auto.cpu(), null);
        if (auto.memory() != null) {
            policy(stack, self, "Memory", "ECSServiceAverageMemoryUtilization", auto.memory(), null);
        }
        if (auto.requests() != null && front != null) {
            String lb = Stack.logicalId(Kind.API, front);
            policy(stack, self, "Requests", "ALBRequestCountPerTarget", auto.requests(), Fn.join("/", java.util.List.of(
                    Fn.getAtt(lb, "LoadBalancerFullName"), Fn.getAtt(targetGroup(front, self.name()), "TargetGroupFullName"))));
        }
    }

    private static void policy(Stack stack, Ref self, String label, String metric, int target, Object resourceLabel) {
        String id = Stack.logicalId(self);
        YamlMap predefined = YamlMap.of("PredefinedMetricType", metric);
        if (resourceLabel != null) {
            predefined.put("ResourceLabel", resourceLabel);
        }
        stack.template().add(id + label + "ScalingPolicy", "AWS::ApplicationAutoScaling::ScalingPolicy", YamlMap.of(
                "PolicyName", EcsTasks.fit(stack.env().naming().base(self.name()), 52) + "-" + label.toLowerCase(java.util.Locale.ROOT),
                "PolicyType", "TargetTrackingScaling", "ScalingTargetId", Fn.ref(id + "ScalableTarget"),
                "TargetTrackingScalingPolicyConfiguration", YamlMap.of("TargetValue", target, "ScaleInCooldown", 300,
                        "ScaleOutCooldown", 60, "PredefinedMetricSpecification", predefined)));
    }


    /** The target group of {@code service} behind load balancer {@code api}. */
    static String targetGroup(String api, String service) {
        return Stack.logicalId(Kind.API, api) + "TargetGroup" + Stack.camel(service);
    }

    /**
     * The runtime family of each service whose image Forge builds and whose Dockerfile it writes (the docker target's
     * plan): it tells which client in the image can run the health check. A service missing here gets none.
     */
    static Map<String, ContainerRuntime> families(SynthContext context) {
        try {
            Map<String, ContainerRuntime> out = new TreeMap<>();
            Builds.plan(context.spec(), context.layout().map(SynthContext.Layout::specDir)).builds().stream()
                    .filter(b -> b.kind() == Kind.SERVICE && b.family() != null && Builds.generates(b.image()))
                    .forEach(b -> out.put(b.name(), b.family()));
            return out;
        } catch (dev.forge.diag.SpecException problemsOfTheBuildFolders) {
            return Map.of(); // the docker target reports them at the spec's lines
        }
    }
}
