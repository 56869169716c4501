package dev.forge.resolve;

import dev.forge.model.Ref;

/**
 * One environment variable a function or service receives because of a grant: its name, the resource, and
 * which attribute of the resource it carries. Each target renders the attribute in its own terms (a
 * Terraform reference, a Kubernetes value ...), so every target agrees on the variable names.
 */
public record Connection(String variable, Ref resource, Attribute attribute) {

    /** What a connection variable holds. */
    public enum Attribute {
        /** The resource's physical name (table, bucket, function). */
        NAME,
        /** Queue URL, or a service's internal base URL. */
        URL,
        /** Secrets Manager secret ARN. */
        SECRET_ARN,
        /** SSM parameter name (path). */
        PARAMETER_NAME,
        /** Bedrock model ID. */
        MODEL_ID,
        /** Database or cache host name. */
        HOST,
        /** Database or cache port. */
        PORT,
        /** The database name inside the server. */
        DATABASE_NAME,
        /** ARN of the generated database credentials secret. */
        CREDENTIALS_SECRET_ARN,
        /** A topic's ARN (what a publisher names). */
        TOPIC_ARN,
        /** The database's user name (containers only: services and jobs). */
        USERNAME,
        /**
         * The database's password, a secret value injected from the generated credentials secret, never written
         * (containers only: services and jobs; a function reads the credentials secret itself).
         */
        PASSWORD
    }
}
