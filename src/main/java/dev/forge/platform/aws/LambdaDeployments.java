package dev.forge.platform.aws;

import dev.forge.model.FunctionSpec;
import dev.forge.model.Spec;
import dev.forge.model.TrafficShift;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Which functions' {@code live} alias CodeDeploy shifts, for both AWS targets and github-actions' deploy.yml: every
 * function whose code CI deploys (an image it builds, or a zip from {@code source}) and whose {@code deployment} is a
 * canary or linear {@link TrafficShift}. Per environment one CodeDeploy application ({@link #application}, compute
 * platform Lambda) and per such function one deployment group ({@link #group}) with:
 * <ul>
 *   <li>the predefined deployment configuration of its shift ({@link #config}: {@code CodeDeployDefault.Lambda*});</li>
 *   <li>automatic rollback on {@link #ROLLBACK_EVENTS} (a failed deployment, and one stopped by an alarm);</li>
 *   <li>the function's own error and throttle alarms ({@link #alarms}: {@link AlarmSets#SERVERLESS}'s
 *       {@code function_errors} and {@code function_throttles}, when {@code monitoring.alarms} is on), which stop the
 *       deployment and roll the alias back while traffic shifts;</li>
 *   <li>the environment's CodeDeploy service role ({@link #role}): trusted by {@value #SERVICE} for the account only
 *       ({@code aws:SourceAccount}), with AWS's managed {@value #SERVICE_POLICY} (reading the alarms, reading and
 *       updating aliases, publishing to {@code CodeDeployTopic_*} topics, invoking {@code CodeDeployHook_*} functions:
 *       what CodeDeploy calls for a Lambda deployment, maintained by AWS as CodeDeploy changes).</li>
 * </ul>
 * CI (deploy.yml) creates the deployment with an inline AppSpec (alias {@code live}, its current version, the new
 * one), waits for it and stops it (with rollback) when the job fails: the deploy role's {@link #DEPLOY_ACTIONS}
 * statements ({@link #STATEMENT_GROUP}, {@link #STATEMENT_CONFIG}, {@link #STATEMENT_APPLICATION}) on exactly those
 * ARNs. Both targets leave the alias' version and routing to CodeDeploy.
 */
public final class LambdaDeployments {

    /** The service principal of CodeDeploy (the service role's trust). */
    public static final String SERVICE = "codedeploy.amazonaws.com";
    /** AWS's managed policy of CodeDeploy's service role for Lambda deployments. */
    public static final String SERVICE_POLICY = "AWSCodeDeployRoleForLambdaLimited";
    /** The deployment group's compute platform. */
    public static final String COMPUTE_PLATFORM = "Lambda";
    /** Rollback when the deployment fails and when an alarm stops it. */
    public static final List<String> ROLLBACK_EVENTS = List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM");
    /** The alarms of a function that stop its deployment ({@link AlarmSets.Alarm#key}). */
    public static final List<String> ALARM_KEYS = List.of("function_errors", "function_throttles");
    /** The deploy role's statement on the deployment groups: create, read and stop their deployments. */
    public static final String STATEMENT_GROUP = "ShiftFunctionTraffic";
    /** The deploy role's statement on the predefined configurations the deployments use. */
    public static final String STATEMENT_CONFIG = "ReadDeploymentConfigs";
    /** The deploy role's statement on the application: the revision (AppSpec) a deployment registers. */
    public static final String STATEMENT_APPLICATION = "RegisterFunctionRevisions";
    /** Actions on the deployment groups' ARNs (CreateDeployment, GetDeployment and StopDeployment authorize there). */
    public static final List<String> DEPLOY_GROUP_ACTIONS = IamActions.DEPLOY_CODEDEPLOY_GROUP;
    /** Actions on the deployment configurations' ARNs. */
    public static final List<String> DEPLOY_CONFIG_ACTIONS = IamActions.DEPLOY_CODEDEPLOY_CONFIG;
    /** Actions on the application's ARN (a deployment with a revision registers it). */
    public static final List<String> DEPLOY_APPLICATION_ACTIONS = IamActions.DEPLOY_CODEDEPLOY_APPLICATION;
    /** Every CodeDeploy action of the deploy role. */
    public static final List<String> DEPLOY_ACTIONS = List.of("codedeploy:CreateDeployment", "codedeploy:GetApplicationRevision",
            "codedeploy:GetDeployment", "codedeploy:GetDeploymentConfig", "codedeploy:RegisterApplicationRevision",
            "codedeploy:StopDeployment");
    /**
     * Rounds of {@code aws deploy wait deployment-successful} (it polls every 15 s, 120 times: 30 minutes): enough for
     * the longest predefined configuration (canary 30 minutes, linear 10 x 3 minutes) and CodeDeploy's own work.
     */
    public static final int WAIT_ROUNDS = 3;

    private LambdaDeployments() {
    }

    /** The functions CodeDeploy shifts, by spec name, sorted. */
    public static List<String> of(Spec s) {
        List<String> out = new ArrayList<>();
        if (s.ci() == null || s.ci().github() == null) {
            return out; // no deploy.yml creates the deployments: the IaC targets move the alias
        }
        new TreeMap<>(s.functions()).forEach((n, f) -> {
            if (shifted(f)) {
                out.add(n);
            }
        });
        return out;
    }

    /** Whether CodeDeploy shifts this function's alias: CI deploys its code, and its shift is canary or linear. */
    public static boolean shifted(FunctionSpec f) {
        boolean ci = (f.image() != null && f.image().build() != null) || (f.image() == null && f.source() != null);
        return ci && f.deployment() != null && f.deployment() != TrafficShift.ALL_AT_ONCE;
    }

    /** CodeDeploy's predefined Lambda configuration of a shift. */
    public static String config(TrafficShift shift) {
        return switch (shift) {
            case CANARY_10_5M -> "CodeDeployDefault.LambdaCanary10Percent5Minutes";
            case CANARY_10_10M -> "CodeDeployDefault.LambdaCanary10Percent10Minutes";
            case CANARY_10_15M -> "CodeDeployDefault.LambdaCanary10Percent15Minutes";
            case CANARY_10_30M -> "CodeDeployDefault.LambdaCanary10Percent30Minutes";
            case LINEAR_10_1M -> "CodeDeployDefault.LambdaLinear10PercentEvery1Minute";
            case LINEAR_10_2M -> "CodeDeployDefault.LambdaLinear10PercentEvery2Minutes";
            case LINEAR_10_3M -> "CodeDeployDefault.LambdaLinear10PercentEvery3Minutes";
            case ALL_AT_ONCE -> "CodeDeployDefault.LambdaAllAtOnce";
        };
    }

    /** The environment's CodeDeploy application: its prefix ({@code <app>-<env>}). */
    public static String application(ResolvedEnv env) {
        return env.naming().prefix();
    }

    /** A function's deployment group: the function's name. */
    public static String group(ResolvedEnv env, String function) {
        return env.naming().base(function);
    }

    /** The environment's CodeDeploy service role. */
    public static String role(ResolvedEnv env) {
        return env.naming().prefix() + "-codedeploy";
    }

    /** The names of the alarms that stop a function's deployment (none when the environment's alarms are off). */
    public static List<String> alarms(ResolvedEnv env, String function) {
        Spec s = env.spec();
        if (s.monitoring() == null || s.monitoring().alarms() == null || !Boolean.TRUE.equals(s.monitoring().alarms().enabled())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (AlarmSets.Alarm a : AlarmSets.SERVERLESS) {
            if (ALARM_KEYS.contains(a.key())) {
                out.add(env.naming().prefix() + "-" + function + "-" + a.suffix());
            }
        }
        return out;
    }
}
