package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.AlarmsSpec;
import dev.forge.model.ApiType;
import dev.forge.model.DatabaseSpec;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import dev.forge.model.Spec;
import dev.forge.model.TriggerSpec;
import dev.forge.platform.aws.AlarmSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monitoring, as terraform-aws's monitoring module: the alarm topic {@code AlarmTopic} ({@code <app>-<env>-alarms})
 * with an e-mail subscription per alert address, and (unless {@code monitoring.alarms.enabled: false}) the shared
 * serverless alarm set ({@link AlarmSets#SERVERLESS}) on what this target renders: functions, HTTP and REST APIs, tables,
 * dead-letter queues, stream consumers and the schedule group. Each alarm is {@code <app>-<env>-<key>-<suffix>},
 * notifying the topic on alarm and on recovery; the shared platform alarm set ({@link AlarmSets#PLATFORM}) on load
 * balancers, their target groups, ECS services, databases and cache nodes; and (unless {@code monitoring.dashboard:
 * false}) the shared dashboard ({@link MonitoringDashboard}).
 */
final class MonitoringPart implements Part {

    /** Whether the environment gets monitoring: it has something the serverless or the platform alarms watch. */
    static boolean wanted(Spec s) {
        return !s.functions().isEmpty() || !s.tables().isEmpty() || !s.queues().isEmpty() || platform(s);
    }

    @Override
    public void build(Stack stack) {
        Spec s = stack.env().spec();
        if (!wanted(s)) {
            return;
        }
        Template t = stack.template();
        String prefix = stack.env().naming().prefix();
        // The AWS-managed aws/sns key cannot be used: CloudWatch alarms need a key policy granting them.
        t.add("AlarmTopic", "AWS::SNS::Topic", YamlMap.of("TopicName", prefix + "-alarms"));
        List<String> emails = stack.env().environment().alertEmails() == null ? List.of()
                : new ArrayList<>(new java.util.TreeSet<>(stack.env().environment().alertEmails()));
        for (int i = 0; i < emails.size(); i++) {
            t.add("AlarmTopicSubscription" + (i + 1), "AWS::SNS::Subscription", YamlMap.of("TopicArn", Fn.ref("AlarmTopic"),
                    "Protocol", "email", "Endpoint", emails.get(i)));
        }
        t.output("AlarmTopicArn", "SNS topic the alarms notify", Fn.ref("AlarmTopic"), null);
        AlarmsSpec alarms = s.monitoring().alarms();
        if (Boolean.TRUE.equals(alarms.enabled())) {
            for (AlarmSets.Alarm a : AlarmSets.SERVERLESS) {
                subjects(stack, a.subject()).forEach((key, value) -> {
                    FunctionSpec f = a.subject() == AlarmSets.Subject.FUNCTION ? s.functions().get(key) : null;
                    alarm(stack, a, key, List.of(value), AlarmSets.threshold(a.threshold(), alarms, f, null));
                });
            }
            platformAlarms(stack, alarms);
        }
        if (Boolean.TRUE.equals(s.monitoring().dashboard())) {
            MonitoringDashboard.add(stack);
        }
    }

    /**
     * One {@code AWS::CloudWatch::Alarm} {@code Alarm<Key><Suffix>} named {@code <app>-<env>-<key>-<suffix>} on one
     * subject, {@code values} its dimensions' values in the alarm's order, notifying the topic on alarm and on OK.
     */
    private static void alarm(Stack stack, AlarmSets.Alarm a, String key, List<Object> values, Number threshold) {
        YamlMap p = YamlMap.of("AlarmName", stack.env().naming().prefix() + "-" + key + "-" + a.suffix(),
                "AlarmDescription", a.description(), "Namespace", a.namespace(), "MetricName", a.metric());
        p.put(a.percentile() ? "ExtendedStatistic" : "Statistic", a.statistic());
        YamlList dimensions = new YamlList();
        for (int i = 0; i < a.dimensions().size(); i++) {
            dimensions.add(YamlMap.of("Name", a.dimensions().get(i).name(), "Value", values.get(i)));
        }
        p.put("Dimensions", dimensions);
        p.put("Period", AlarmSets.PERIOD_SECONDS);
        p.put("EvaluationPeriods", AlarmSets.EVALUATION_PERIODS);
        p.put("Threshold", threshold);
        p.put("ComparisonOperator", a.comparison());
        p.put("TreatMissingData", AlarmSets.TREAT_MISSING_DATA);
        p.put("AlarmActions", YamlList.of(Fn.ref("AlarmTopic")));
        p.put("OKActions", YamlList.of(Fn.ref("AlarmTopic")));
        stack.template().add("Alarm" + Stack.camel(key) + Stack.camel(a.suffix()), "AWS::CloudWatch::Alarm", p);
    }

    /** The watched resources of a subject, by key (in the alarm's name), each the value of its one dimension. */
    static Map<String, Object> subjects(Stack stack, AlarmSets.Subject subject) {
        Spec s = stack.env().spec();
        Map<String, Object> out = new LinkedHashMap<>();
        switch (subject) {
            case FUNCTION -> new TreeMap<>(s.functions()).keySet().forEach(n -> out.put(n, Fn.ref(Stack.logicalId(Kind.FUNCTION, n))));
            case HTTP_API -> new TreeMap<>(s.apis()).forEach((n, a) -> {
                if (HttpApisPart.renders(a)) {
                    out.put(n, Fn.ref(Stack.logicalId(Kind.API, n)));
                }
            });
            case REST_API -> new TreeMap<>(s.apis()).forEach((n, a) -> {
                if (RestApisPart.renders(a)) {
                    out.put(n, stack.physicalName(Kind.API, n)); // the ApiName dimension: a REST API has no name attribute
                }
            });
            case TABLE -> new TreeMap<>(s.tables()).keySet().forEach(n -> out.put(n, Fn.ref(Stack.logicalId(Kind.TABLE, n))));
            case DEAD_LETTER_QUEUE -> {
                new TreeMap<>(s.functions()).forEach((n, f) -> {
                    if (Boolean.TRUE.equals(f.dlq())) {
                        out.put("function-" + n, Fn.getAtt(Stack.logicalId(Kind.FUNCTION, n) + "DeadLetterQueue", "QueueName"));
                    }
                });
                new TreeMap<>(s.queues()).keySet().forEach(n -> out.put("queue-" + n,
                        Fn.getAtt(Stack.logicalId(Kind.QUEUE, n) + "DeadLetterQueue", "QueueName")));
                new TreeMap<>(s.functions()).forEach((n, f) -> {
                    List<TriggerSpec> ts = f.triggers() == null ? List.of() : f.triggers();
                    int schedules = 0;
                    for (int i = 0; i < ts.size(); i++) {
                        TriggerSpec tr = ts.get(i);
                        boolean schedule = tr.type() == TriggerSpec.Type.SCHEDULE;
                        if (schedule) {
                            schedules++;
                        }
                        if ((schedule || tr.type() == TriggerSpec.Type.TABLE) && tr.deadLetterQueue() == null) {
                            String suffix = schedule ? "schedule-" + schedules : "table-" + tr.table();
                            out.put("trigger-" + n + "-" + suffix, Fn.getAtt(TriggersPart.failureQueue(n, i), "QueueName"));
                        }
                    }
                });
            }
            case STREAM_FUNCTION -> new TreeMap<>(s.functions()).forEach((n, f) -> {
                if (f.triggers() != null && f.triggers().stream().anyMatch(tr -> tr.type() == TriggerSpec.Type.TABLE)) {
                    out.put(n, Fn.ref(Stack.logicalId(Kind.FUNCTION, n)));
                }
            });
            case SCHEDULE_GROUP -> {
                // EventBridge Scheduler reports per schedule group only: the schedules are in the default group
                if (s.functions().values().stream().anyMatch(f -> f.triggers() != null
                        && f.triggers().stream().anyMatch(tr -> tr.type() == TriggerSpec.Type.SCHEDULE))) {
                    out.put("default", "default");
                }
            }
            default -> {
                // the platform's subjects: not raised by this part
            }
        }
        return out;
    }

    // ---- the container platform's alarms: load balancers, target groups, ECS services, databases, cache nodes

    /** Whether the spec has something the platform alarms watch (terraform-aws: RootMonitoringFeeds.any). */
    static boolean platform(Spec s) {
        return !s.services().isEmpty() || !s.databases().isEmpty() || s.caches() != null && !s.caches().isEmpty()
                || s.apis().values().stream().anyMatch(a -> a.type() == ApiType.LOADBALANCER);
    }

    /** The shared platform alarm set ({@link AlarmSets#PLATFORM}) on every load balancer, service, database and cache node. */
    private static void platformAlarms(Stack stack, AlarmsSpec alarms) {
        Spec s = stack.env().spec();
        for (AlarmSets.Alarm a : AlarmSets.PLATFORM) {
            platformSubjects(stack, a.subject()).forEach((key, values) -> {
                DatabaseSpec d = a.subject() == AlarmSets.Subject.DATABASE ? s.databases().get(key) : null;
                alarm(stack, a, key, values, AlarmSets.threshold(a.threshold(), alarms, null, d));
            });
        }
    }

    /**
     * The platform's watched resources of a subject by key (in the alarm's name, as terraform-aws keys them), each
     * the values of the subject's dimensions in {@link AlarmSets}' order: a load balancer's and a target group's
     * {@code ...FullName} (their ARN suffixes), the cluster's and the service's names, the DB instance's identifier,
     * a cache node's ID ({@code <replication group>-00n}).
     */
    static Map<String, List<Object>> platformSubjects(Stack stack, AlarmSets.Subject subject) {
        Spec s = stack.env().spec();
        Map<String, List<Object>> out = new TreeMap<>();
        switch (subject) {
            case LOAD_BALANCER -> s.apis().forEach((n, a) -> {
                if (a.type() == ApiType.LOADBALANCER) {
                    out.put(n, List.of(Fn.getAtt(Stack.logicalId(Kind.API, n), "LoadBalancerFullName")));
                }
            });
            case TARGET_GROUP -> s.apis().forEach((n, a) -> {
                if (a.type() == ApiType.LOADBALANCER) {
                    a.routes().values().stream().map(RouteSpec::to).filter(r -> r.kind() == Kind.SERVICE)
                            .map(Ref::name).distinct().forEach(svc -> out.put(n + "-" + svc, List.of(
                                    Fn.getAtt(Stack.logicalId(Kind.API, n), "LoadBalancerFullName"),
                                    Fn.getAtt(EcsServicesPart.targetGroup(n, svc), "TargetGroupFullName"))));
                }
            });
            case ECS_SERVICE -> s.services().keySet().forEach(n -> out.put(n, List.of(Fn.ref("Cluster"),
                    Fn.getAtt(Stack.logicalId(Kind.SERVICE, n), "Name"))));
            case DATABASE -> s.databases().keySet().forEach(n -> out.put(n, List.of(Fn.ref(Stack.logicalId(Kind.DATABASE, n)))));
            case CACHE_NODE -> {
                if (s.caches() != null) {
                    // ElastiCache reports per node: <replication group>-001 up to the cache's nodes
                    s.caches().forEach((n, c) -> {
                        for (int i = 1; i <= c.nodes(); i++) {
                            out.put(n + "-" + i, List.of(Fn.sub("${" + Stack.logicalId(Kind.CACHE, n) + "}"
                                    + AlarmSets.cacheNodeSuffix(i))));
                        }
                    });
                }
            }
            default -> throw new IllegalArgumentException("not a platform subject: " + subject);
        }
        return out;
    }
}
