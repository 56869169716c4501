package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Ref;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.platform.aws.EcrRepositories;
import dev.forge.util.Json;
import java.util.List;
import java.util.Map;

/**
 * The ECR repository {@code <id>Repository} of each image CI builds ({@link EcrRepositories}: functions, services and
 * jobs built from a directory), as terraform-aws's {@code ecr} module makes it: tags immutable, scanned on push,
 * encrypted (AES256), a lifecycle policy keeping the last {@value AwsDefaults#KEEP_IMAGES} images, and a repository
 * policy letting this account's Lambda functions pull (so no deployer needs {@code ecr:SetRepositoryPolicy}). The
 * images run at {@code <repository URI>:<}{@value #IMAGE_TAG}{@code >}.
 *
 * <p>An image must exist before a service starts or an image function is created. The repositories are in the stack
 * (their lifecycle is the app's, and the deploy role may push to exactly them), so the first deploy is in two steps:
 * {@code <env>/bootstrap.yaml} ({@link #bootstrap}) creates the stack with only these resources, CI pushes the first
 * images, and the full template then updates the same stack (same logical IDs and properties: the repositories are
 * kept). This is terraform-aws's {@code -target=module.ecr} first apply, and keeps the template free of "no image yet"
 * conditions (a service at zero tasks would still need every scaling policy and image function conditioned too).
 */
final class RepositoriesPart implements Part {

    /** The parameter naming the tag of the images CI builds (pushed before the stack is deployed with it). */
    static final String IMAGE_TAG = "ContainerImageTag";
    /** What a repository's logical ID ends in. */
    static final String SUFFIX = "Repository";

    @Override
    public void build(Stack stack) {
        List<Ref> images = EcrRepositories.of(stack.env().spec());
        if (images.isEmpty()) {
            return;
        }
        Template t = stack.template();
        t.parameter(IMAGE_TAG, YamlMap.of("Type", "String", "Description", "Tag of the images CI builds, pushed to the"
                + " stack's ECR repositories (output ...RepositoryUri) before the stack is deployed with it; tags are"
                + " immutable, so each build has its own", "AllowedPattern", "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
        images.forEach(r -> repository(stack, r));
    }

    private static void repository(Stack stack, Ref r) {
        String id = Stack.logicalId(r, SUFFIX);
        YamlMap lifecycle = YamlMap.of("LifecyclePolicyText", compact(Map.of("rules", List.of(Map.of(
                "rulePriority", 1, "description", "Keep the last images",
                "selection", Map.of("tagStatus", "any", "countType", "imageCountMoreThan",
                        "countNumber", AwsDefaults.KEEP_IMAGES),
                "action", Map.of("type", "expire"))))));
        // Lambda pulls with its service principal; granting it here, to this account's functions only, is what
        // otherwise makes Lambda ask the deployer for ecr:SetRepositoryPolicy (least privilege for the deploy role)
        YamlMap pull = YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of("Sid", "LambdaPull",
                "Effect", "Allow", "Principal", YamlMap.of("Service", "lambda.amazonaws.com"),
                "Action", YamlList.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                "Condition", YamlMap.of("StringLike", YamlMap.of("aws:sourceArn",
                        Fn.sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*"))))));
        String name = stack.env().naming().base(r.name());
        Resource repo = stack.template().add(id, "AWS::ECR::Repository", YamlMap.of("RepositoryName", name,
                // FORGE rule: image tags immutable, images scanned on push (CT.ECR.PR.1, CT.ECR.PR.2)
                "ImageTagMutability", "IMMUTABLE",
                "ImageScanningConfiguration", YamlMap.of("ScanOnPush", true),
                "EncryptionConfiguration", YamlMap.of("EncryptionType", "AES256"),
                "LifecyclePolicy", lifecycle, // CT.ECR.PR.3
                "RepositoryPolicyText", pull,
                // outside production a deleted stack takes its images with it (terraform-aws's force_delete)
                "EmptyOnDelete", AwsDefaults.of(stack.env()).repositoryForceDelete()));
        Data.keep(stack, repo);
        stack.template().output(id + "Uri", "URI of the ECR repository of " + r + " (push <uri>:<" + IMAGE_TAG + ">)",
                Fn.getAtt(id, "RepositoryUri"), null);
    }

    /** The image CI built for {@code r}: its repository's URI and the stack's image tag. */
    static Object imageUri(Ref r) {
        return Fn.sub("${" + Stack.logicalId(r, SUFFIX) + ".RepositoryUri}:${" + IMAGE_TAG + "}");
    }

    /**
     * The first-deploy template: only the repositories (same logical IDs and properties as in the full template) and
     * their outputs, or null when the stack holds none.
     */
    static Template bootstrap(Template full, String description) {
        Template t = new Template(description);
        full.resources().forEach((id, res) -> {
            if (res.type().equals("AWS::ECR::Repository")) {
                t.add(id, res);
                t.output(id + "Uri", "URI of ECR repository " + id, Fn.getAtt(id, "RepositoryUri"), null);
            }
        });
        return t.resources().isEmpty() ? null : t;
    }

    /** One-line JSON (keys sorted), for a property that takes JSON as text. */
    static String compact(Object value) {
        return Json.write(value).replaceAll("\\n\\s*", "").replace("\": ", "\":").replace(", ", ",");
    }
}
