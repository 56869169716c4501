package dev.forge.platform.aws;

import dev.forge.model.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value in an IAM statement (a resource or a condition value) before any target renders it: a literal, a pseudo
 * parameter, an attribute of a spec resource, a join of those, or one of the two values Forge itself creates
 * (a trigger's failure queue, the private subnets). {@link IamPolicies} derives statements from these; each AWS
 * target renders them in its own terms and nothing else.
 *
 * <p>How a target renders each value:
 * <ul>
 *   <li>{@link Literal}: the text as is ({@code "*"} only for the actions {@link IamActions#STAR_RESOURCE} lists).</li>
 *   <li>{@link Pseudo}: terraform-aws {@code data.aws_partition.current.partition},
 *       {@code data.aws_region.current.region}, {@code data.aws_caller_identity.current.account_id};
 *       CloudFormation {@code AWS::Partition}, {@code AWS::Region}, {@code AWS::AccountId}.</li>
 *   <li>{@link Join}: the parts concatenated (terraform a string template, CloudFormation {@code Fn::Join} with ""
 *       or {@code Fn::Sub}).</li>
 *   <li>{@link Attr}: the attribute of the spec resource, per {@link Attribute} below (terraform-aws reads the
 *       resource's module output; CloudFormation its main resource by the logical ID {@code Stack} names).</li>
 *   <li>{@link FailureQueue}: the ARN of the dead-letter queue Forge creates for a function's schedule or table
 *       trigger that names none ({@code trigger} is the trigger's position in the function's {@code triggers:},
 *       from 0); terraform-aws {@code aws_sqs_queue.<label>_dlq.arn}.</li>
 *   <li>{@link PrivateSubnetArns}: one value per private subnet of the environment's network,
 *       {@code arn:<partition>:ec2:<region>:<account>:subnet/<subnet id>} (terraform a for expression over
 *       {@code module.network.private_subnet_ids}; CloudFormation one {@code Fn::Sub} per subnet).</li>
 * </ul>
 * A statement's resources are a list of values; {@link #many()} says when one value stands for zero or more ARNs
 * (a target concatenates those lists).
 */
public sealed interface IamValue {

    /** Whether this value stands for a list of zero or more ARNs rather than one. */
    default boolean many() {
        return false;
    }

    /** Literal text. */
    record Literal(String text) implements IamValue {
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The deployment's partition ({@code aws}), region and account. */
    enum Pseudo implements IamValue {
        PARTITION, REGION, ACCOUNT
    }

    /** A spec resource's attribute; which resource kinds have which attribute is said on each {@link Attribute}. */
    record Attr(Ref resource, Attribute attribute) implements IamValue {
        public Attr {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(attribute, "attribute");
        }

        @Override
        public boolean many() {
            return attribute == Attribute.INDEX_ARNS;
        }
    }

    /** The parts concatenated; adjacent literals are merged, so two joins that print the same are equal. */
    record Join(List<IamValue> parts) implements IamValue {
        public Join {
            List<IamValue> merged = new ArrayList<>();
            for (IamValue p : parts) {
                if (p instanceof Join j) {
                    throw new IllegalArgumentException("a join inside a join: " + j);
                }
                if (p.many()) {
                    throw new IllegalArgumentException("a list inside a join: " + p);
                }
                if (p instanceof Literal l && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Literal prev) {
                    merged.set(merged.size() - 1, new Literal(prev.text() + l.text()));
                } else {
                    merged.add(p);
                }
            }
            parts = List.copyOf(merged);
        }
    }

    /** The dead-letter queue Forge creates for trigger number {@code trigger} (from 0) of {@code function}. */
    record FailureQueue(String function, int trigger) implements IamValue {
    }

    /** The ARN of every private subnet of the environment's network. */
    record PrivateSubnetArns() implements IamValue {
        @Override
        public boolean many() {
            return true;
        }
    }

    /**
     * What an attribute means for each resource kind that has it (terraform-aws module output; CloudFormation).
     */
    enum Attribute {
        /**
         * The resource's ARN. table: the table ({@code table_arn}; {@code Fn::GetAtt Table.Arn}); bucket: the bucket,
         * never its objects ({@code bucket_arn}; {@code Arn}); queue ({@code queue_arn}; {@code Arn}); topic
         * ({@code topic_arn}; {@code Ref}); secret in Secrets Manager ({@code module.secrets.secret_arns[name]};
         * {@code Ref}); secret in SSM and parameter: the parameter's ARN ({@code module.ssm.parameter_arns[name]};
         * {@code arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/<name>}); cache: the
         * replication group ({@code replication_group_arn}; {@code arn:...:elasticache:...:replicationgroup:<id>}).
         */
        ARN,
        /** table: its stream ({@code table_stream_arn}; {@code Fn::GetAtt Table.StreamArn}). */
        STREAM_ARN,
        /**
         * table, {@linkplain #many() many}: the ARN of each of its secondary indexes, none when it has none
         * ({@code values(table_index_arns)}; {@code <table ARN>/index/<index name>} per index of the spec).
         */
        INDEX_ARNS,
        /**
         * bucket, queue, topic (under a customer-managed key) and database: the ARN of the resource's own KMS key
         * ({@code <kind>_kms_key_arn}, a database's {@code kms_key_arn}; {@code Fn::GetAtt <id>Key.Arn}).
         */
        KMS_KEY_ARN,
        /** function: the ARN of its alias {@code live} ({@code alias_arn}; {@code Ref <id>Alias}). */
        ALIAS_ARN,
        /**
         * function: its log group's ARN without a trailing {@code :*} ({@code log_group_arn}; CloudFormation's
         * {@code Fn::GetAtt LogGroup.Arn} ends in {@code :*}, so build
         * {@code arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:<name>}).
         */
        LOG_GROUP_ARN,
        /** function with {@code dlq: true}: its own dead-letter queue ({@code dead_letter_queue_arn}; {@code <id>DeadLetterQueue.Arn}). */
        DEAD_LETTER_QUEUE_ARN,
        /**
         * database: the RDS-managed master credentials secret ({@code master_user_secret_arn};
         * {@code Fn::GetAtt DBInstance.MasterUserSecret.SecretArn}).
         */
        MASTER_SECRET_ARN,
        /** database: the instance's resource ID for {@code rds-db:connect} ({@code resource_id}; {@code DbiResourceId}). */
        RESOURCE_ID,
        /** cache: its IAM-enabled user's ARN ({@code user_arn}; {@code Fn::GetAtt <id>User.Arn}). */
        USER_ARN,
        /**
         * service, job, function with {@code vpc: true}: the ID of its security group
         * ({@code module.network.security_group_ids[ref]}; {@code Fn::GetAtt <id>SecurityGroup.GroupId}).
         */
        SECURITY_GROUP_ID,
        /**
         * service, job, function with a built image: its ECR repository's ARN ({@code module.ecr.repository_arns[name]};
         * the repository resource's {@code Arn}).
         */
        REPOSITORY_ARN
    }

    static IamValue literal(String text) {
        return new Literal(text);
    }

    static IamValue attr(Ref resource, Attribute attribute) {
        return new Attr(resource, attribute);
    }

    /** A join of {@link String} literals and values. */
    static IamValue join(Object... parts) {
        List<IamValue> out = new ArrayList<>();
        for (Object p : parts) {
            out.add(p instanceof String s ? new Literal(s) : (IamValue) p);
        }
        return new Join(out);
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:} followed by {@code rest}. */
    static IamValue arn(String service, Object... rest) {
        List<Object> parts = new ArrayList<>(List.of("arn:", Pseudo.PARTITION, ":" + service + ":", Pseudo.REGION, ":",
                Pseudo.ACCOUNT, ":"));
        parts.addAll(List.of(rest));
        return join(parts.toArray());
    }
}
