package dev.forge.resolve;

import java.util.List;
import java.util.Map;

/**
 * One environment with everything derived: whether it is production, its region and account, who is
 * alerted, and the tags every resource in it carries.
 *
 * @param account AWS account ID, or null when the spec does not pin one
 * @param tags app tags, then environment tags, then Forge's standard tags (app, environment, owner,
 *             cost-centre, managed-by), sorted by key
 * @param eksCluster the team's existing EKS cluster the app's chart is deployed to ({@code kubernetes.cluster}),
 *                   or null
 */
public record Environment(String name, boolean production, boolean approval, String region, String account,
                          String project, String subscription, List<String> alertEmails, Map<String, String> tags,
                          String eksCluster) {
}
