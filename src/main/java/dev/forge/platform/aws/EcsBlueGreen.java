package dev.forge.platform.aws;

import dev.forge.model.Deployment;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deployment: blue-green} of an ECS service, one decision for both AWS targets (terraform-aws's ecs_service
 * and load_balancer modules, cloudformation's EcsServicesPart and LoadBalancersPart) and for github-actions' deploy.yml:
 * ECS's own blue/green strategy under the ECS deployment controller (not CodeDeploy). A new revision starts beside
 * the old one in the alternate ("green") target group; ECS moves the production listener rule's weights to it at once;
 * both run for {@link #BAKE_TIME_MINUTES} (a rollback in that time is only a weight change back); then the old
 * revision stops. A deployment whose tasks keep failing rolls back (the circuit breaker, as for rolling).
 *
 * <p>Why ECS's and not CodeDeploy: CloudFormation cannot update a service under CodeDeploy's controller, and under
 * CodeDeploy {@code ecs:UpdateService} may not change the task definition, so CI could not roll such a service out
 * without a CodeDeploy application, deployment group, AppSpec and CodeDeploy rights for the deploy role. Under ECS's
 * strategy an UpdateService with a new task definition starts the blue/green deployment, exactly like a rolling one.
 *
 * <p><b>The infrastructure role</b> ECS assumes to move the traffic: trusted by {@link #TRUSTED_SERVICE} with
 * {@code aws:SourceAccount} of the stack's own account (no other account's ECS can use it, the confused-deputy guard
 * of IAM's guide), holding AWS's managed {@link #MANAGED_POLICY}. The managed policy and not an exact list of actions:
 * AWS documents this policy as the permissions ECS needs to manage the load balancer during a blue/green deployment
 * ("Amazon ECS infrastructure IAM role for load balancers", ECS developer guide) but does not document the calls ECS
 * makes one by one, and AWS updates the policy when ECS's deployments need more (test listener rules, lifecycle
 * stages); a hand-written list that misses one call fails a production deployment halfway. Its reach is bounded by
 * who can use the role: only ECS, only for services of this account, and only for the service whose
 * {@code AdvancedConfiguration} names it.
 *
 * <p><b>Eligible:</b> a blue-green service whose front load balancer ({@link ApiRoutes#frontOf}) reaches it through
 * exactly one listener rule: ECS moves one production listener rule. Several rules (or none) and the service deploys
 * rolling, which the targets report.
 */
public final class EcsBlueGreen {

    /** {@code DeploymentConfiguration.Strategy} / {@code deployment_configuration.strategy}. */
    public static final String STRATEGY = "BLUE_GREEN";
    /** Minutes both revisions run after the traffic moved: a rollback in that window is a weight change back. */
    public static final int BAKE_TIME_MINUTES = 5;
    /** The service principal trusted by the infrastructure role. */
    public static final String TRUSTED_SERVICE = "ecs.amazonaws.com";
    /** The Sid of the infrastructure role's one trust statement. */
    public static final String TRUST_SID = "TrustEcs";
    /** AWS's managed policy of the infrastructure role (an ARN under {@code arn:<partition>:iam::aws:policy/}). */
    public static final String MANAGED_POLICY = "AmazonECSInfrastructureRolePolicyForLoadBalancers";
    /** The infrastructure role's name: the service's name ({@link EcsRollouts#name}) and this. */
    public static final String ROLE_SUFFIX = "-blue-green";
    /** The infrastructure role's description. */
    public static final String ROLE_DESCRIPTION = "ECS moving the traffic of a blue-green deployment between the target groups";
    /** The green target group's name: the blue one's (api base name, service) and this, fitted to 32 characters. */
    public static final String GREEN_SUFFIX = "-green";
    /**
     * Rounds of {@code aws ecs wait services-stable} deploy.yml waits for one blue-green deployment: the waiter gives up
     * after 10 minutes (40 polls of 15 s), and a blue-green service is stable only when the old revision stopped, after
     * the bake time (both revisions run until then).
     */
    public static final int WAIT_ROUNDS = 3;

    private EcsBlueGreen() {
    }

    /** The infrastructure role's name for a service named {@code serviceName} (at most 52 characters). */
    public static String roleName(String serviceName) {
        return serviceName + ROLE_SUFFIX;
    }

    /**
     * The priority of the listener rule ECS moves for {@code service} (its front load balancer's rules numbered 10, 20,
     * ... in {@link ApiRoutes#listenerRules} order), or null when the service is not eligible.
     */
    public static Integer productionRule(Spec s, String service) {
        ServiceSpec x = s.services().get(service);
        String front = ApiRoutes.frontOf(s, service);
        if (x == null || x.deployment() != Deployment.BLUE_GREEN || front == null) {
            return null;
        }
        List<ApiRoutes.Rule> rules = ApiRoutes.listenerRules(s.apis().get(front));
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).service().equals(service)) {
                hits.add((i + 1) * 10);
            }
        }
        return hits.size() == 1 ? hits.get(0) : null;
    }

    /** Whether the service deploys blue-green (asked for, and one front listener rule reaches it). */
    public static boolean eligible(Spec s, String service) {
        return productionRule(s, service) != null;
    }

    /** Why a service asking for blue-green deploys rolling, or null when it is eligible or did not ask. */
    public static String fallback(Spec s, String service) {
        ServiceSpec x = s.services().get(service);
        if (x == null || x.deployment() != Deployment.BLUE_GREEN || eligible(s, service)) {
            return null;
        }
        String front = ApiRoutes.frontOf(s, service);
        return "Service `" + service + "`: `deployment: blue-green` deploys rolling here: ECS moves the traffic of one"
                + " listener rule, and " + (front == null ? "no load balancer routes to it"
                : "several routes of `" + front + "` reach it") + ".";
    }
}
