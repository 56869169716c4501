package dev.forge.targets.cloudformation;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One environment's template while its parts build it, and the naming conventions every part shares.
 *
 * <p>Logical IDs: {@link #logicalId(Ref)} is the spec resource's main CloudFormation resource, its kind's
 * prefix and its name in CamelCase ({@code table:chat-messages} is {@code TableChatMessages}); a resource that
 * belongs to it takes that ID plus a suffix ({@code FunctionApiRole}, {@code DatabaseMainSecurityGroup}). The
 * main resources, so that parts can refer to each other:
 * <ul>
 *   <li>table: {@code AWS::DynamoDB::Table}, or {@code AWS::DynamoDB::GlobalTable} when it has replicas (both: Ref
 *       the name, Arn, StreamArn of the table in this stack's region); bucket: {@code AWS::S3::Bucket} (Arn);
 *       queue: {@code AWS::SQS::Queue} (Arn, QueueUrl via Ref); topic: {@code AWS::SNS::Topic} (TopicArn via Ref);
 *       secret: {@code AWS::SecretsManager::Secret} (Ref is the ARN) or, for an SSM one, no resource (the
 *       parameter exists outside the stack; see the secrets part); parameter: {@code AWS::SSM::Parameter};</li>
 *   <li>function: {@code AWS::Lambda::Function}, its alias {@code <id>Alias} (the {@code live} alias, Ref is
 *       its ARN), role {@code <id>Role}, log group {@code <id>LogGroup};</li>
 *   <li>service: {@code AWS::ECS::Service}, task definition {@code <id>TaskDefinition}, task role
 *       {@code <id>TaskRole}, execution role {@code <id>ExecutionRole}; job: its task definition is
 *       {@code <id>TaskDefinition};</li>
 *   <li>database: {@code AWS::RDS::DBInstance} (Endpoint.Address, Endpoint.Port, DbiResourceId,
 *       MasterUserSecret.SecretArn), key {@code <id>Key}; cache: {@code AWS::ElastiCache::ReplicationGroup}
 *       (PrimaryEndPoint.Address, PrimaryEndPoint.Port), user {@code <id>User};</li>
 *   <li>api: an HTTP API's {@code AWS::ApiGatewayV2::Api}, a REST API's {@code AWS::ApiGateway::RestApi}
 *       (RootResourceId; path resources {@code <id>Resource<Path>}, methods {@code <id>Method<RouteKey>} and
 *       {@code <id>Options<Path>}, deployment {@code <id>Deployment<hash>}) or a load balancer's
 *       {@code AWS::ElasticLoadBalancingV2::LoadBalancer}; the stage {@code <id>Stage} (Ref is the stage name), the
 *       authorizer {@code <id>Authorizer}, access logs {@code <id>AccessLogs}, web ACL {@code <id>WebAcl}; the Cognito
 *       user pool Forge creates for it {@code <id>UserPool} (Arn, ProviderURL), its app client
 *       {@code <id>UserPoolClient} (Ref is the client ID) and sign-in domain {@code <id>UserPoolDomain};</li>
 *   <li>every principal that runs in the VPC and every database and cache: security group {@code <id>SecurityGroup}.</li>
 * </ul>
 * Customer-managed KMS keys of a resource are {@code <id>Key}. Physical names come from the environment's naming
 * ({@link #physicalName}), the same as every other target's.
 */
final class Stack {

    private final SynthContext context;
    private final ResolvedEnv env;
    private final Template template;
    private final List<String> notes = new ArrayList<>();
    private final java.util.TreeMap<String, Template> replicas = new java.util.TreeMap<>();
    private final java.util.Map<String, String> files = new java.util.LinkedHashMap<>();

    Stack(SynthContext context, ResolvedEnv env, Template template) {
        this.context = context;
        this.env = env;
        this.template = template;
    }

    private java.util.Set<String> registered;

    /** The services registered in Cloud Map (platform.aws.ServiceDiscovery.registered), computed once per stack. */
    java.util.Set<String> registeredServices() {
        if (registered == null) {
            registered = dev.forge.platform.aws.ServiceDiscovery.registered(env);
        }
        return registered;
    }

    SynthContext context() {
        return context;
    }

    ResolvedSpec spec() {
        return context.spec();
    }

    ResolvedEnv env() {
        return env;
    }

    Template template() {
        return template;
    }

    boolean production() {
        return env.environment().production();
    }

    /** The spec resource's main logical ID: kind prefix and the name in CamelCase. */
    static String logicalId(Ref ref) {
        return prefix(ref.kind()) + camel(ref.name());
    }

    /** The spec resource's main logical ID plus a suffix ({@code Role}, {@code SecurityGroup} ...). */
    static String logicalId(Ref ref, String suffix) {
        return logicalId(ref) + suffix;
    }

    static String logicalId(Kind kind, String name) {
        return logicalId(new Ref(kind, name));
    }

    /** The deployed name of a spec resource in this environment (shared with every target). */
    String physicalName(Kind kind, String name) {
        return env.physicalName(kind, name);
    }

    /**
     * The template of this environment's replica stack in {@code region} ({@code <env>/replica-<region>/}), made on
     * first use: what must exist in another region before this stack refers to it (a bucket's replica bucket). It is
     * deployed first; this stack names what it holds by their deterministic names, never by exports (an export cannot
     * cross regions).
     */
    Template replica(String region) {
        return replicas.computeIfAbsent(region, r -> new Template(spec().written().app() + " (" + env.name()
                + ", replica stack in " + r + "), generated by Forge"));
    }

    /** The replica stacks' templates by region, sorted. */
    java.util.SortedMap<String, Template> replicas() {
        return java.util.Collections.unmodifiableSortedMap(replicas);
    }

    /** A line for the README about what this environment's template does not do (and why). */
    void note(String line) {
        notes.add(line);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** A file written beside the template ({@code path} relative to the environment's folder). */
    void file(String path, String text) {
        if (files.put(path, text) != null) {
            throw new IllegalStateException("the file '" + path + "' is already written");
        }
    }

    java.util.Map<String, String> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    private static String prefix(Kind kind) {
        return camel(kind.spelling());
    }

    /** {@code chat-messages} as {@code ChatMessages}; any character a logical ID cannot hold is dropped. */
    static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return b.toString();
    }
}
