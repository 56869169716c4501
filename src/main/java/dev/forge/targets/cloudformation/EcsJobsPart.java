package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Schedule;
import java.util.TreeMap;

/**
 * Each job, as terraform-aws's {@code ecs_job} module builds it: its task ({@link EcsTasks}), run on demand with
 * {@code aws ecs run-task}, or on its schedule by EventBridge Scheduler ({@code <id>Schedule}) in the private subnets,
 * in the schedule's time zone, through a role ({@code <id>SchedulerRole}) that may run this task family in this
 * cluster only and pass its two roles to ECS tasks only.
 */
final class EcsJobsPart implements Part {

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().jobs()).forEach((name, j) -> job(stack, name, j));
    }

    private static void job(Stack stack, String name, JobSpec j) {
        Ref self = new Ref(Kind.JOB, name);
        String id = Stack.logicalId(self);
        EcsTasks.add(stack, self, j.image(), j.cpu(), j.memory(), j.command(), null, null);
        stack.note("Job `" + name + "`: its `timeout` is not enforced (ECS has no run timeout: the job must stop itself).");
        if (j.schedule() == null) {
            return;
        }
        Template t = stack.template();
        String physical = EcsTasks.fit(stack.env().naming().base(name), 52);
        YamlMap trust = IamRender.serviceTrust("TrustScheduler", "scheduler.amazonaws.com");
        // RunTask of this family only, in this cluster only; its two roles passed to ECS tasks only
        YamlList statements = YamlList.of(
                YamlMap.of("Sid", "RunJobTask", "Effect", "Allow", "Action", YamlList.of("ecs:RunTask"),
                        "Resource", YamlList.of(Fn.sub("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}"
                                + ":task-definition/" + physical + ":*")),
                        "Condition", YamlMap.of("ArnEquals", YamlMap.of("ecs:cluster", Fn.getAtt("Cluster", "Arn")))),
                YamlMap.of("Sid", "PassJobRoles", "Effect", "Allow", "Action", YamlList.of("iam:PassRole"),
                        "Resource", YamlList.of(Fn.getAtt(id + "TaskRole", "Arn"), Fn.getAtt(id + "ExecutionRole", "Arn")),
                        "Condition", YamlMap.of("StringEquals", YamlMap.of("iam:PassedToService", "ecs-tasks.amazonaws.com"))));
        t.add(id + "SchedulerRole", "AWS::IAM::Role", YamlMap.of("RoleName", physical + "-scheduler",
                "Description", "EventBridge Scheduler running this job's task", "AssumeRolePolicyDocument", trust,
                "Policies", YamlList.of(YamlMap.of("PolicyName", physical + "-scheduler", "PolicyDocument",
                        YamlMap.of("Version", "2012-10-17", "Statement", statements)))));
        t.add(id + "Schedule", "AWS::Scheduler::Schedule", YamlMap.of("Name", physical,
                "Description", "Runs job " + physical,
                "ScheduleExpression", aws(j.schedule(), "job " + name),
                "ScheduleExpressionTimezone", j.timezone() == null ? "UTC" : j.timezone(),
                "FlexibleTimeWindow", YamlMap.of("Mode", "OFF"),
                "Target", YamlMap.of("Arn", Fn.getAtt("Cluster", "Arn"), "RoleArn", Fn.getAtt(id + "SchedulerRole", "Arn"),
                        "EcsParameters", YamlMap.of("TaskDefinitionArn", Fn.ref(id + "TaskDefinition"),
                                "LaunchType", "FARGATE", "PlatformVersion", "LATEST", "TaskCount", 1,
                                "PropagateTags", "TASK_DEFINITION", "EnableECSManagedTags", true,
                                "NetworkConfiguration", YamlMap.of("AwsvpcConfiguration", YamlMap.of(
                                        "Subnets", NetworkPart.subnets(stack, NetworkPart.Tier.PRIVATE),
                                        "SecurityGroups", YamlList.of(Fn.getAtt(SecurityGroupsPart.groupId(self), "GroupId")),
                                        "AssignPublicIp", "DISABLED"))),
                        "RetryPolicy", YamlMap.of("MaximumRetryAttempts", j.retries() == null ? 0 : j.retries(),
                                "MaximumEventAgeInSeconds", 3600))));
    }

    /** The EventBridge cron(...) of a five-field cron validation already accepted. */
    static String aws(String cron, String who) {
        try {
            return Schedule.parse(cron).aws();
        } catch (Schedule.Invalid ex) {
            throw new IllegalStateException("schedule of " + who + " passed validation: " + ex.getMessage(), ex);
        }
    }
}
