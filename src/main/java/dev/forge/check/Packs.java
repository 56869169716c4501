package dev.forge.check;

import dev.forge.check.rules.api.ApiAccessLogs;
import dev.forge.check.rules.api.ApiAuth;
import dev.forge.check.rules.api.ApiCorsOrigins;
import dev.forge.check.rules.api.ApiThrottling;
import dev.forge.check.rules.api.ApiWaf;
import dev.forge.check.rules.cache.CacheMultiAz;
import dev.forge.check.rules.cache.CacheSnapshots;
import dev.forge.check.rules.ci.ActionsPinned;
import dev.forge.check.rules.ci.CiOidc;
import dev.forge.check.rules.ci.CiProductionApproval;
import dev.forge.check.rules.ci.NoLongLivedKeys;
import dev.forge.check.rules.ci.WorkflowPermissions;
import dev.forge.check.rules.containers.DockerfileBasePinned;
import dev.forge.check.rules.containers.DockerfileHealthcheck;
import dev.forge.check.rules.containers.ComposeHealthcheck;
import dev.forge.check.rules.containers.ComposeImagesPinned;
import dev.forge.check.rules.containers.ComposePortsLoopback;
import dev.forge.check.rules.containers.DockerfileUser;
import dev.forge.check.rules.containers.FunctionImagePinned;
import dev.forge.check.rules.containers.ServiceImagePinned;
import dev.forge.check.rules.dynamodb.TableDeletionProtection;
import dev.forge.check.rules.ecs.FargateJobSize;
import dev.forge.check.rules.ecs.FargateServiceSize;
import dev.forge.check.rules.dynamodb.TableKmsEncryption;
import dev.forge.check.rules.dynamodb.TablePitr;
import dev.forge.check.rules.dynamodb.TableReplica;
import dev.forge.check.rules.iam.WildcardAction;
import dev.forge.check.rules.iam.WildcardResource;
import dev.forge.check.rules.kubernetes.NoPrivilegeEscalation;
import dev.forge.check.rules.kubernetes.Probes;
import dev.forge.check.rules.kubernetes.ReadOnlyRootFilesystem;
import dev.forge.check.rules.kubernetes.ResourceLimits;
import dev.forge.check.rules.kubernetes.RunAsNonRoot;
import dev.forge.check.rules.kubernetes.RestrictedPodSecurity;
import dev.forge.check.rules.kubernetes.ServiceAccountToken;
import dev.forge.check.rules.kubernetes.NoHostPath;
import dev.forge.check.rules.kubernetes.ServiceImageDigest;
import dev.forge.check.rules.kubernetes.JobImageDigest;
import dev.forge.check.rules.lambda.FunctionApiTimeout;
import dev.forge.check.rules.lambda.FunctionBucketLoop;
import dev.forge.check.rules.lambda.FunctionDeadLetterQueue;
import dev.forge.check.rules.lambda.FunctionPartialBatchFailures;
import dev.forge.check.rules.lambda.FunctionQueueConcurrency;
import dev.forge.check.rules.lambda.FunctionReservedConcurrency;
import dev.forge.check.rules.lambda.FunctionRestApiTimeout;
import dev.forge.check.rules.lambda.FunctionRuntimeSupported;
import dev.forge.check.rules.lambda.FunctionTracing;
import dev.forge.check.rules.logs.AlarmsNotify;
import dev.forge.check.rules.logs.LogRetentionBounded;
import dev.forge.check.rules.logs.LogRetentionMinimum;
import dev.forge.check.rules.logs.LogRetentionOneYear;
import dev.forge.check.rules.rds.DatabaseBackups;
import dev.forge.check.rules.rds.DatabaseDeletionProtection;
import dev.forge.check.rules.rds.DatabaseMultiAz;
import dev.forge.check.rules.s3.BucketDeletionProtection;
import dev.forge.check.rules.s3.BucketKmsEncryption;
import dev.forge.check.rules.s3.BucketReplication;
import dev.forge.check.rules.s3.BucketVersioning;
import dev.forge.check.rules.secrets.SecretInOutput;
import dev.forge.check.rules.secrets.SecretNamedPlainValue;
import dev.forge.check.rules.sqs.QueueKmsEncryption;
import dev.forge.check.rules.sqs.QueueVisibilityTimeout;
import dev.forge.check.rules.tags.CostCentreTag;
import dev.forge.check.rules.tags.OwnerTag;
import dev.forge.check.rules.terraform.BucketEncryption;
import dev.forge.check.rules.terraform.BucketPublicAccessBlock;
import dev.forge.check.rules.terraform.BucketTlsOnly;
import dev.forge.check.rules.terraform.CacheEncryption;
import dev.forge.check.rules.terraform.CacheIamAuth;
import dev.forge.check.rules.terraform.DatabaseEncryption;
import dev.forge.check.rules.terraform.DatabaseManagedPassword;
import dev.forge.check.rules.terraform.DatabaseTlsOnly;
import dev.forge.check.rules.terraform.QueueEncryption;
import dev.forge.check.rules.terraform.TableOnDemand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place rules are registered: one list per pack. Adding a rule is one class and one line here.
 * IDs are never reused: a retired rule's ID goes into {@link #RETIRED}, never to another rule.
 */
public final class Packs {

    /**
     * IDs of rules that no longer exist; never to be given to another rule. FORGE-IAM-003 (a grant whose connection
     * variables an {@code env:} entry overrides) retired with issue 7: that spec is now refused at validate
     * (FORGE-E116, both places named), so the rule could no longer fire.
     */
    public static final Set<String> RETIRED = Set.of("FORGE-IAM-003");

    /** On by default: everything the seeds mark mandatory, and the secure defaults Forge promises. */
    private static final List<Rule> BASELINE = List.of(
            new TableOnDemand(), new TablePitr(), new TableKmsEncryption(), new TableDeletionProtection(), new TableReplica(),
            new BucketPublicAccessBlock(), new BucketVersioning(), new BucketEncryption(), new BucketDeletionProtection(),
            new BucketReplication(), new BucketTlsOnly(),
            new QueueEncryption(), new QueueVisibilityTimeout(),
            new DatabaseEncryption(), new DatabaseMultiAz(), new DatabaseBackups(), new DatabaseDeletionProtection(),
            new DatabaseTlsOnly(), new DatabaseManagedPassword(),
            new CacheEncryption(), new CacheMultiAz(), new CacheSnapshots(), new CacheIamAuth(),
            new FunctionApiTimeout(), new FunctionRestApiTimeout(), new FunctionDeadLetterQueue(), new FunctionTracing(), new FunctionReservedConcurrency(),
            new FunctionRuntimeSupported(), new FunctionBucketLoop(), new FunctionPartialBatchFailures(), new FunctionQueueConcurrency(),
            new ApiAuth(), new ApiThrottling(), new ApiCorsOrigins(), new ApiAccessLogs(), new ApiWaf(),
            new LogRetentionMinimum(), new LogRetentionBounded(), new AlarmsNotify(),
            new OwnerTag(),
            new WildcardAction(), new WildcardResource(),
            new SecretInOutput(), new SecretNamedPlainValue(),
            new CiOidc(), new CiProductionApproval(), new ActionsPinned(), new WorkflowPermissions(), new NoLongLivedKeys(),
            new ServiceImagePinned(), new FunctionImagePinned(), new DockerfileUser(), new DockerfileHealthcheck(),
            new DockerfileBasePinned(),
            new ComposeHealthcheck(), new ComposePortsLoopback(), new ComposeImagesPinned(),
            new RunAsNonRoot(), new ReadOnlyRootFilesystem(), new NoPrivilegeEscalation(), new ResourceLimits(), new Probes(),
            new RestrictedPodSecurity(), new ServiceAccountToken(), new NoHostPath(), new ServiceImageDigest(), new JobImageDigest(),
            new FargateServiceSize(), new FargateJobSize());

    /** Rules only the strict pack adds. */
    private static final List<Rule> STRICT_ONLY = List.of(
            new BucketKmsEncryption(), new QueueKmsEncryption(), new LogRetentionOneYear(), new CostCentreTag());

    private static final Map<String, Pack> PACKS = new LinkedHashMap<>();

    static {
        PACKS.put("baseline", new Pack.Builder().addAll(BASELINE).build("baseline",
                "On by default: the mandatory guardrails (encryption, public access, least privilege, backups, multi-AZ,"
                        + " retention, tags, CI hardening, function triggers) at their default severities."));
        Pack.Builder strict = new Pack.Builder();
        for (Rule r : BASELINE) {
            Levels l = r.info().levels();
            // strict: whatever baseline warns about in production is an error there
            strict.add(r, new Levels(l.production() == dev.forge.diag.Severity.WARNING ? dev.forge.diag.Severity.ERROR
                    : l.production(), l.other()));
        }
        STRICT_ONLY.forEach(strict::add);
        PACKS.put("strict", strict.build("strict", "baseline with production warnings raised to errors, plus customer"
                + " KMS keys for buckets and queues, a year of production logs and a cost-centre tag."));
    }

    private Packs() {
    }

    public static List<Pack> all() {
        return List.copyOf(PACKS.values());
    }

    public static Optional<Pack> byName(String name) {
        return Optional.ofNullable(PACKS.get(name));
    }

    public static List<String> names() {
        return List.copyOf(PACKS.keySet());
    }

    /** Every rule of every pack, once, sorted by ID. */
    public static List<Rule> allRules() {
        Map<String, Rule> byId = new java.util.TreeMap<>();
        PACKS.values().forEach(p -> p.entries().forEach(e -> byId.putIfAbsent(e.rule().id(), e.rule())));
        return new ArrayList<>(byId.values());
    }

    public static Set<String> allIds() {
        Set<String> ids = new TreeSet<>();
        allRules().forEach(r -> ids.add(r.id()));
        return ids;
    }

    public static Optional<Rule> rule(String id) {
        return allRules().stream().filter(r -> r.id().equalsIgnoreCase(id.trim())).findFirst();
    }
}
