package dev.forge.targets.github;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of a {@code run:} step, built from commands whose words are quoted here, never glued from text. A word is
 * a literal (single-quoted unless it is plainly safe) or a {@link Var} (written {@code "${NAME}"}): every value that
 * comes from outside the workflow (an expression, an input, a secret) reaches a script only as an environment
 * variable of its step, so nothing a pull request controls is ever part of the script's text (GitHub's script
 * injection guidance; actionlint's expression checks).
 */
final class Shell {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    /** A shell variable, quoted when used. */
    record Var(String name) {
        Var {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not an environment variable name: '" + name + "'");
            }
        }
    }

    /**
     * One word made of literals and {@link Var}s, written in double quotes ({@code "s3://${BUCKET}/key"}): the
     * literals escaped for that context, the variables expanded by bash, never by GitHub.
     */
    record Join(List<Object> parts) {
        Join {
            parts = List.copyOf(parts);
            for (Object p : parts) {
                if (p instanceof String s && s.contains("${{")) {
                    throw new IllegalArgumentException("an expression in a script (pass it through env:): " + s);
                }
                if (!(p instanceof String) && !(p instanceof Var)) {
                    throw new IllegalArgumentException("not part of a word: " + p);
                }
            }
        }

        static Join of(Object... parts) {
            return new Join(List.of(parts));
        }

        String text() {
            StringBuilder b = new StringBuilder("\"");
            for (Object p : parts) {
                if (p instanceof Var v) {
                    b.append("${").append(v.name()).append('}');
                } else {
                    b.append(((String) p).replaceAll("([\\\\\"$`])", "\\\\$1"));
                }
            }
            return b.append('"').toString();
        }
    }

    /** A redirection or operator written as it is: only the fixed ones below. */
    record Op(String text) {
    }

    static final Op TO_OUTPUT = new Op(">>");
    static final Op TO_FILE = new Op(">");
    static final Op AND = new Op("&&");
    static final Op OR = new Op("||");
    /** Keeps a failing command's exit status in {@code status} instead of ending the script (see STATUS_ZERO). */
    static final Op KEEP_STATUS = new Op("|| status=$?");
    /** Goes on when the command fails: only where the next command reads the outcome itself. */
    static final Op OR_ON = new Op("|| true");

    private final List<String> lines = new ArrayList<>();

    /** One command of words ({@link String} literals, {@link Var}s and {@link Op}s). */
    Shell cmd(Object... words) {
        List<String> out = new ArrayList<>();
        for (Object w : words) {
            if (w instanceof Var v) {
                out.add("\"${" + v.name() + "}\"");
            } else if (w instanceof Op o) {
                out.add(o.text());
            } else if (w instanceof Join j) {
                out.add(j.text());
            } else if (w instanceof String s) {
                if (s.contains("${{")) {
                    // GitHub substitutes expressions into the script's text before bash runs: quoting cannot help
                    throw new IllegalArgumentException("an expression in a script (pass it through env:): " + s);
                }
                out.add(quote(s));
            } else {
                throw new IllegalArgumentException("not a shell word: " + w);
            }
        }
        lines.add(String.join(" ", out));
        return this;
    }

    /** {@code NAME="$(command)"}: a command's output in a shell variable (the step fails when the command does). */
    Shell capture(String name, Object... words) {
        new Var(name);
        Shell one = new Shell().cmd(words);
        lines.add(name + "=\"$(" + one.lines.get(0) + ")\"");
        return this;
    }

    /** {@code NAME="..."}: a shell variable set to one word. */
    Shell assign(String name, Join value) {
        new Var(name);
        lines.add(name + "=" + value.text());
        return this;
    }

    /** {@code echo "key=${NAME}" >> "${GITHUB_OUTPUT}"}: a shell variable as the step output {@code key}. */
    Shell output(String key, String name) {
        new Var(name);
        if (!SAFE.matcher(key).matches() || key.contains("=")) {
            throw new IllegalArgumentException("not a step output name: '" + key + "'");
        }
        lines.add("echo \"" + key + "=${" + name + "}\" >> \"${GITHUB_OUTPUT}\"");
        return this;
    }

    /** A fixed fragment of this class's own (control flow); never anything derived from the spec or an expression. */
    Shell raw(Fragment fragment) {
        lines.add(fragment.text);
        return this;
    }

    String script() {
        return String.join("\n", lines) + "\n";
    }

    static String quote(String s) {
        return SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** The fixed script fragments the workflows use, each a complete line. */
    enum Fragment {
        /** Python: install what the folder declares. */
        PIP_INSTALL_DECLARED("if [ -f requirements.txt ]; then python -m pip install -r requirements.txt; "
                + "elif [ -f pyproject.toml ]; then python -m pip install .; fi"),
        /** Python: run pytest when the folder has tests. */
        PYTEST_IF_TESTS("if compgen -G 'test*' > /dev/null || compgen -G '*_test.py' > /dev/null; then "
                + "python -m pip install pytest && python -m pytest; fi"),
        /** Node without a package.json: a syntax check of every script at the folder's root. */
        NODE_CHECK_SCRIPTS("for f in *.js *.mjs *.cjs; do if [ -e \"$f\" ]; then node --check \"$f\"; fi; done"),
        /** Gradle: the wrapper when committed, else the runner's Gradle. */
        GRADLE_BUILD("if [ -x ./gradlew ]; then ./gradlew build; else gradle build; fi"),
        /** Python zip: the declared dependencies installed into the package's folder (seed 000's build). */
        PIP_VENDOR("if [ -f requirements.txt ]; then python3 -m pip install -r requirements.txt -t .; fi"),
        /** Node zip: production dependencies only, when the folder has a lock file. */
        NPM_PRODUCTION("if [ -f package-lock.json ]; then npm ci --omit=dev; fi"),
        /**
         * Wait for infra.yml's run of this commit ({@code GITHUB_SHA}, pushed) to finish the jobs named in
         * {@code INFRA_JOBS} (one per line): go on when each succeeded, fail when one ended otherwise or never ran. No
         * run after a minute: the push changed no infrastructure code, so infra.yml was not started, and there is
         * nothing to wait for. {@code gh} reads the runs with the job's token ({@code GH_TOKEN}, {@code actions: read}).
         */
        WAIT_FOR_INFRA("RUN=\"\"\n"
                + "for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do\n"
                + "  RUN=\"$(gh api \"repos/${GITHUB_REPOSITORY}/actions/workflows/" + InfraWorkflow.FILE
                + "/runs?head_sha=${GITHUB_SHA}&event=push\" --jq '.workflow_runs[0].id // empty')\"\n"
                + "  if [ -n \"${RUN}\" ]; then break; fi\n"
                + "  sleep 5\n"
                + "done\n"
                + "if [ -z \"${RUN}\" ]; then echo \"" + InfraWorkflow.FILE + " did not run for this commit: its"
                + " infrastructure code is unchanged\"; exit 0; fi\n"
                + "while true; do\n"
                + "  RUN_STATUS=\"$(gh api \"repos/${GITHUB_REPOSITORY}/actions/runs/${RUN}\" --jq .status)\"\n"
                + "  JOBS=\"$(gh api \"repos/${GITHUB_REPOSITORY}/actions/runs/${RUN}/jobs?per_page=100\")\"\n"
                + "  PENDING=0\n"
                + "  while IFS= read -r NAME; do\n"
                + "    STATE=\"$(jq -r --arg n \"${NAME}\" '[.jobs[] | select(.name == $n)] | if length == 0 then"
                + " \"absent\" else (.[0].status + \" \" + (.[0].conclusion // \"\")) end' <<<\"${JOBS}\")\"\n"
                + "    case \"${STATE}\" in\n"
                + "      \"completed success\") ;;\n"
                + "      completed*) echo \"::error::" + InfraWorkflow.FILE + " job '${NAME}' ended ${STATE#completed }:"
                + " this commit's infrastructure is not in place; not deploying\"; exit 1 ;;\n"
                + "      absent) if [ \"${RUN_STATUS}\" = completed ]; then echo \"::error::" + InfraWorkflow.FILE
                + " run ${RUN} has no job '${NAME}': this commit's infrastructure was not applied; not deploying\";"
                + " exit 1; fi; PENDING=1 ;;\n"
                + "      *) PENDING=1 ;;\n"
                + "    esac\n"
                + "  done <<<\"${INFRA_JOBS}\"\n"
                + "  if [ \"${PENDING}\" = 0 ]; then echo \"" + InfraWorkflow.FILE + " run ${RUN} applied this commit\";"
                + " exit 0; fi\n"
                + "  sleep 20\n"
                + "done"),
        /** Log in to the account's ECR registry; {@code REGISTRY} for the later steps. */
        ECR_LOGIN("REGISTRY=\"$(aws sts get-caller-identity --query Account --output text).dkr.ecr.${AWS_REGION}.amazonaws.com\"\n"
                + "aws ecr get-login-password | docker login --username AWS --password-stdin \"${REGISTRY}\"\n"
                + "echo \"REGISTRY=${REGISTRY}\" >> \"${GITHUB_ENV}\""),
        /**
         * A service's task definition revision (jq reads the JSON ECS describes, at {@code TASK_FILE}) with the new image
         * ({@code IMAGE}) in its container {@value dev.forge.platform.aws.EcsRollouts#CONTAINER}, without the fields
         * ECS sets itself, which register-task-definition refuses; written to {@code NEW_TASK_FILE}.
         */
        TASK_DEFINITION_WITH_IMAGE("jq '.taskDefinition | .containerDefinitions |= map(if .name == \"" + dev.forge.platform.aws.EcsRollouts.CONTAINER
                + "\" then .image = env.IMAGE else . end) | del(.taskDefinitionArn, .revision, .status,"
                + " .requiresAttributes, .compatibilities, .registeredAt, .registeredBy, .deregisteredAt)'"
                + " \"${TASK_FILE}\" > \"${NEW_TASK_FILE}\""),
        /**
         * After {@code services-stable}: the service runs the revision just registered ({@code NEW}), not the one ECS's
         * circuit breaker rolled back to (a rollback is stable too).
         */
        SERVICE_RUNS_NEW("if [ \"${RUNNING}\" != \"${NEW}\" ]; then echo '::error::the service did not take the new"
                + " task definition (ECS rolled it back)'; exit 1; fi"),
        /**
         * A service's health path through its Kubernetes Service: {@code kubectl port-forward} in the background (ended
         * when the script ends), then {@code curl --fail}, retried while the forward starts listening.
         */
        PORT_FORWARD_SMOKE("kubectl --namespace \"${NAMESPACE}\" port-forward \"service/${SERVICE}\" \"${LOCAL_PORT}:${PORT}\" > /dev/null &\n"
                + "FORWARD=$!\n"
                + "trap 'kill \"${FORWARD}\"' EXIT\n"
                + "curl --fail --silent --show-error --max-time 10 --retry 10 --retry-connrefused --retry-delay 2 --output /dev/null"
                + " \"http://127.0.0.1:${LOCAL_PORT}${HEALTH_PATH}\""),
        /** A random heredoc delimiter, so no line of a plan can end the value early. */
        DELIMITER("delimiter=\"forge_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \\n')\""),
        /** The plan text (at most 60,000 bytes) as the step output {@code plan}. */
        PLAN_OUTPUT("{ echo \"plan<<${delimiter}\"; head -c 60000 plan.txt; echo; echo \"${delimiter}\"; } >> \"${GITHUB_OUTPUT}\""),
        /** The exit status a later {@link Shell#KEEP_STATUS} command sets: 0 until one fails. */
        STATUS_ZERO("status=0"),
        /** The kept exit status as the step output {@code status}. */
        STATUS_OUTPUT("echo \"status=${status}\" >> \"${GITHUB_OUTPUT}\""),
        /** {@code terraform plan -detailed-exitcode}: 0 no changes, 2 changes, anything else an error that fails the step. */
        FAIL_UNLESS_0_OR_2("if [ \"${status}\" -ne 0 ] && [ \"${status}\" -ne 2 ]; then exit \"${status}\"; fi"),
        /** The version to promote must be a full commit SHA: read from the step's environment, never from the script. */
        VERSION_IS_SHA("if [[ ! \"${VERSION}\" =~ ^[0-9a-f]{40}$ ]]; then echo '::error::version must be a full 40-hex commit SHA'; exit 1; fi"),
        /** The validated version as the step output {@code sha}. */
        /** The cost report's table (rows.md) in the run's summary, under the environment and the period. */
        COST_SUMMARY("{ echo \"### ${FORGE_ENVIRONMENT}: AWS cost per service, ${START} to ${END} (UTC, end excluded)\"; echo;"
                + " echo '| service | cost |'; echo '|---|---:|'; cat rows.md; } >> \"${GITHUB_STEP_SUMMARY}\""),
        VERSION_OUTPUT("echo \"sha=${VERSION}\" >> \"${GITHUB_OUTPUT}\""),
        /**
         * A function's CodeDeploy deployment ({@code DEPLOYMENT}) still shifting traffic when the job failed
         * ({@code STATUS} read by get-deployment): stopped, CodeDeploy rolling the alias back.
         */
        STOP_RUNNING_DEPLOYMENT("case \"${STATUS}\" in Created|Queued|InProgress|Baking|Ready) aws deploy stop-deployment"
                + " --deployment-id \"${DEPLOYMENT}\" --auto-rollback-enabled --output none;; esac"),
        /** The functions' artifact bucket must be set as the GitHub environment's variable before CI can upload a zip. */
        ARTIFACT_BUCKET_SET("if [ -z \"${BUCKET}\" ]; then echo '::error::the GitHub environment variable FUNCTION_ARTIFACT_BUCKET is not set' >&2; exit 1; fi"),
        /** The artifact bucket must be filled in the environment's parameters.json before CI can upload a template. */
        BUCKET_SET("if [ -z \"${BUCKET}\" ] || [ \"${BUCKET}\" = null ]; then echo 'DeployArtifactBucket is not set in parameters.json' >&2; exit 1; fi"),
        /**
         * A change set's outcome: {@code changes=true} when it was created, {@code changes=false} when CloudFormation
         * refused it for having nothing to change, any other failure ends the script with its reason.
         */
        CHANGE_SET_RESULT("if [ \"${CS_STATUS}\" = CREATE_COMPLETE ]; then changes=true;"
                + " elif [ \"${CS_STATUS}\" = FAILED ] && [[ \"${REASON}\" == *\"didn't contain changes\"* || \"${REASON}\" == *\"No updates are to be performed\"* ]]; then changes=false;"
                + " else echo \"Change set ${CHANGE_SET}: ${CS_STATUS}: ${REASON}\" >&2; exit 1; fi"),
        /** The change set's resource changes as a table in {@code plan.txt} (or that there are none). */
        CHANGE_SET_SUMMARY("if [ \"${changes}\" = true ]; then aws cloudformation describe-change-set --stack-name \"${STACK}\""
                + " --change-set-name \"${CHANGE_SET}\" --query 'Changes[].ResourceChange.[Action,LogicalResourceId,ResourceType,Replacement]'"
                + " --output table > plan.txt; else echo 'No changes.' > plan.txt; fi"),
        /**
         * Runs the change set and waits for the stack; a failed update (CloudFormation rolls it back) prints the stack's
         * last events and fails the step. A change set with nothing to change is dropped.
         */
        EXECUTE_CHANGE_SET("if [ \"${changes}\" = true ]; then\n"
                + "  aws cloudformation execute-change-set --stack-name \"${STACK}\" --change-set-name \"${CHANGE_SET}\"\n"
                + "  aws cloudformation wait stack-update-complete --stack-name \"${STACK}\" || { aws cloudformation describe-stack-events --stack-name \"${STACK}\" --max-items 40 --output table; exit 1; }\n"
                + "else\n"
                + "  aws cloudformation delete-change-set --stack-name \"${STACK}\" --change-set-name \"${CHANGE_SET}\"\n"
                + "fi"),
        /** Polls a drift detection (at most 30 minutes) until it is no longer in progress. */
        WAIT_DRIFT_DETECTION("for _ in $(seq 1 180); do DETECTION_STATUS=\"$(aws cloudformation describe-stack-drift-detection-status"
                + " --stack-drift-detection-id \"${DETECTION}\" --query DetectionStatus --output text)\";"
                + " if [ \"${DETECTION_STATUS}\" != DETECTION_IN_PROGRESS ]; then break; fi; sleep 10; done"),
        /**
         * The stack's drift as {@code status}: 2 drifted, 0 in sync (as {@code terraform plan -detailed-exitcode}), the
         * reason of a detection that could not check every resource printed as a warning; such a detection that
         * finds nothing drifted is an error (what it did not check may have drifted: the open issue stays), as is
         * anything else.
         */
        DRIFT_STATUS("if [ \"${DETECTION_STATUS}\" = DETECTION_FAILED ]; then echo \"::warning::not every resource was checked: $(aws cloudformation"
                + " describe-stack-drift-detection-status --stack-drift-detection-id \"${DETECTION}\" --query DetectionStatusReason --output text | tr -d '\\n:')\"; fi\n"
                + "STACK_DRIFT=\"$(aws cloudformation describe-stack-drift-detection-status --stack-drift-detection-id \"${DETECTION}\" --query StackDriftStatus --output text)\"\n"
                + "if [ \"${STACK_DRIFT}\" = IN_SYNC ] && [ \"${DETECTION_STATUS}\" != DETECTION_COMPLETE ]; then echo"
                + " \"::error::drift detection did not check every resource (${DETECTION_STATUS}): in sync is not known\"; exit 1; fi\n"
                + "case \"${STACK_DRIFT}\" in DRIFTED) status=2 ;; IN_SYNC) status=0 ;; *) echo \"drift detection: ${DETECTION_STATUS} ${STACK_DRIFT}\" >&2; exit 1 ;; esac");

        private final String text;

        Fragment(String text) {
            this.text = text;
        }
    }
}
