package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code <env>/ecs-task-<service>.json} for each service: its task definition in the shape
 * {@code aws ecs register-task-definition --cli-input-json} reads (seed 000's {@code ecs-task.json}), converted from
 * the very properties of the template's {@code <id>TaskDefinition} (no second copy of the container definition):
 * CloudFormation's property names with their first letter lowered (the API's names), and every intrinsic evaluated
 * where synth knows its value (the region, the partition, a pinned account, names the template writes: log groups,
 * role ARNs, repository URIs, queue URLs ...).
 *
 * <p>A value only a deploy knows (a secret's ARN and its random suffix, the database's endpoint and credentials
 * secret, a role ARN when no account is pinned, the image tag) is written {@code ${Key}}: {@code Key} is a stack
 * parameter, or an output this part adds to the template for it ({@code <logical ID><attribute>}, the nested stacks'
 * naming: {@code DatabaseMainEndpointAddress}), so {@link #fillCommand} fills every placeholder from
 * {@code aws cloudformation describe-stacks} once the stack exists.
 */
final class EcsTaskFiles implements Part {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    /** Maps whose keys are data (log driver options, labels), not property names. */
    private static final Set<String> DATA_MAPS = Set.of("Options", "DockerLabels");

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().services()).keySet().forEach(name -> {
            String id = Stack.logicalId(Kind.SERVICE, name) + "TaskDefinition";
            Resource td = stack.template().resource(id);
            if (td == null) {
                return;
            }
            Map<String, Object> json = new Resolver(stack).object(td.properties());
            List<Object> tags = new ArrayList<>();
            new TreeMap<>(stack.env().environment().tags()).forEach((k, v) -> tags.add(Map.of("key", k, "value", v)));
            if (!tags.isEmpty()) {
                json.put("tags", tags); // the stack's tags, which CloudFormation gives the template's task definition
            }
            stack.file(path(name), Json.write(json));
        });
    }

    /** The file of {@code service}, relative to the environment's folder. */
    static String path(String service) {
        return "ecs-task-" + service + ".json";
    }

    /**
     * The shell commands (the AWS CLI, awk and sed only) that write {@code out} from {@code <env>/ecs-task-<service>.json}
     * with every {@code ${Key}} replaced by the deployed stack's output or parameter of that name.
     */
    static String fillCommand(String region, String stackName, String env, String service, String out) {
        String describe = "aws cloudformation describe-stacks --region " + region + " --stack-name " + stackName;
        return "{ " + describe + " \\\n"
                + "    --query 'Stacks[0].Outputs[].[OutputKey,OutputValue]' --output text\n"
                + "  " + describe + " \\\n"
                + "    --query 'Stacks[0].Parameters[].[ParameterKey,ParameterValue]' --output text\n"
                + "} | awk -F '\\t' 'NF == 2 { v = $2; gsub(/[\\\\|&]/, \"\\\\\\\\&\", v); printf \"s|[$][{]%s[}]|%s|g\\n\", $1, v }'"
                + " > stack-values.sed\n"
                + "sed -f stack-values.sed " + env + "/" + path(service) + " > " + out + "\n";
    }

    /** Evaluates the template's intrinsics where synth knows the value, and names the rest. */
    private static final class Resolver {
        private final Stack stack;
        private final String region;
        private final String account;

        Resolver(Stack stack) {
            this.stack = stack;
            this.region = stack.env().environment().region();
            this.account = stack.env().environment().account();
        }

        Map<String, Object> object(YamlMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(Character.toLowerCase(k.charAt(0)) + k.substring(1),
                    DATA_MAPS.contains(k) && v instanceof YamlMap d ? data(d) : value(v)));
            return out;
        }

        private Map<String, Object> data(YamlMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, value(v)));
            return out;
        }

        private Object value(Object v) {
            if (v instanceof YamlList l) {
                List<Object> out = new ArrayList<>();
                l.items().forEach(x -> out.add(value(x)));
                return out;
            }
            if (v instanceof YamlMap m) {
                return m.size() == 1 && intrinsic(m) ? text(m) : object(m);
            }
            return v;
        }

        private static boolean intrinsic(YamlMap m) {
            String k = m.entries().keySet().iterator().next();
            return k.equals("Ref") || k.startsWith("Fn::");
        }

        /** An intrinsic's value as text, with {@code ${Key}} for each part only the deploy knows. */
        private String text(Object v) {
            if (v instanceof String s) {
                return s;
            }
            if (!(v instanceof YamlMap m) || !intrinsic(m)) {
                throw new IllegalStateException("not a text value of a task definition: " + v);
            }
            String fn = m.entries().keySet().iterator().next();
            Object arg = m.get(fn);
            return switch (fn) {
                case "Ref" -> ref((String) arg);
                case "Fn::GetAtt" -> getAtt((String) ((YamlList) arg).get(0), (String) ((YamlList) arg).get(1));
                case "Fn::Join" -> {
                    List<String> parts = new ArrayList<>();
                    ((YamlList) ((YamlList) arg).get(1)).items().forEach(x -> parts.add(text(x)));
                    yield String.join((String) ((YamlList) arg).get(0), parts);
                }
                case "Fn::Sub" -> sub(arg);
                default -> throw new IllegalStateException("no value for " + fn + " in a task definition: " + m);
            };
        }

        private String sub(Object arg) {
            String template = arg instanceof String s ? s : (String) ((YamlList) arg).get(0);
            Map<String, String> own = new LinkedHashMap<>();
            if (arg instanceof YamlList l) {
                ((YamlMap) l.get(1)).entries().forEach((k, x) -> own.put(k, text(x)));
            }
            Matcher mt = PLACEHOLDER.matcher(template);
            StringBuilder b = new StringBuilder();
            while (mt.find()) {
                String name = mt.group(1);
                String value;
                if (name.startsWith("!")) {
                    value = "${" + name.substring(1) + "}";
                } else if (own.containsKey(name)) {
                    value = own.get(name);
                } else if (name.contains(".") && !name.startsWith("AWS::")) {
                    int dot = name.indexOf('.');
                    value = getAtt(name.substring(0, dot), name.substring(dot + 1));
                } else {
                    value = ref(name);
                }
                mt.appendReplacement(b, Matcher.quoteReplacement(value));
            }
            mt.appendTail(b);
            return b.toString();
        }

        private String ref(String id) {
            switch (id) {
                case "AWS::Region":
                    return region;
                case "AWS::Partition":
                    return partition();
                case "AWS::URLSuffix":
                    return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
                case "AWS::AccountId":
                    return account != null ? account : placeholder("AWS::AccountId", null, null);
                default:
                    break;
            }
            Template t = stack.template();
            if (t.parameters().containsKey(id)) {
                return "${" + id + "}"; // the deployed stack's value (describe-stacks lists its parameters)
            }
            Resource r = t.resource(id);
            Object known = switch (r.type()) {
                case "AWS::Logs::LogGroup" -> r.properties().get("LogGroupName");
                case "AWS::DynamoDB::Table" -> r.properties().get("TableName");
                case "AWS::S3::Bucket" -> r.properties().get("BucketName");
                case "AWS::SSM::Parameter" -> r.properties().get("Name");
                case "AWS::Lambda::Function" -> r.properties().get("FunctionName");
                case "AWS::SQS::Queue" -> r.properties().get("QueueName") instanceof String q && account != null
                        ? "https://sqs." + region + "." + ref("AWS::URLSuffix") + "/" + account + "/" + q : null;
                case "AWS::SNS::Topic" -> arn("sns", r.properties().get("TopicName"), "");
                default -> null;
            };
            return known instanceof String s ? s : placeholder(id, null, Fn.ref(id));
        }

        private String getAtt(String id, String attribute) {
            Resource r = stack.template().resource(id);
            Object known = switch (r.type() + "." + attribute) {
                case "AWS::IAM::Role.Arn" -> r.properties().get("RoleName") instanceof String n && account != null
                        ? "arn:" + partition() + ":iam::" + account + ":role/" + n : null;
                case "AWS::ECR::Repository.RepositoryUri" -> r.properties().get("RepositoryName") instanceof String n
                        && account != null ? account + ".dkr.ecr." + region + "." + ref("AWS::URLSuffix") + "/" + n : null;
                case "AWS::Logs::LogGroup.Arn" -> arn("logs", r.properties().get("LogGroupName"), "log-group:");
                case "AWS::SQS::Queue.Arn" -> arn("sqs", r.properties().get("QueueName"), "");
                default -> null;
            };
            if (known instanceof String s) {
                return attribute.equals("Arn") && r.type().equals("AWS::Logs::LogGroup") ? s + ":*" : s;
            }
            return placeholder(id, attribute, Fn.getAtt(id, attribute));
        }

        private String arn(String service, Object name, String prefix) {
            return name instanceof String n && account != null
                    ? "arn:" + partition() + ":" + service + ":" + region + ":" + account + ":" + prefix + n : null;
        }

        private String partition() {
            return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        }

        /**
         * {@code ${Key}} for a value the deploy knows: an output of the template holding it (one already there, or
         * {@code <id><attribute>} added), or for the account, the account of the stack's own ARN.
         */
        private String placeholder(String id, String attribute, Object value) {
            Template t = stack.template();
            if (value == null) {
                value = Fn.ACCOUNT;
            }
            for (Map.Entry<String, YamlMap> o : t.outputs().entrySet()) {
                if (value.equals(o.getValue().get("Value"))) {
                    return "${" + o.getKey() + "}";
                }
            }
            String key = id.equals("AWS::AccountId") ? "AccountId"
                    : id + (attribute == null ? "Ref" : attribute.replace(".", ""));
            t.output(key, "Value of the ECS task files (ecs-task-*.json): " + (attribute == null ? "Ref " + id
                    : id + "." + attribute), value, null);
            return "${" + key + "}";
        }
    }

    /** The placeholders {@code ${Key}} left in a file's text. */
    static Set<String> placeholders(String text) {
        Set<String> out = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
