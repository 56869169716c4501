package dev.forge.platform.gcp;

import dev.forge.model.Access;
import dev.forge.model.Kind;
import java.util.List;

/**
 * What a declared use means on Google Cloud: the predefined IAM roles granted to the user's service account, and on
 * what. Every role is bound on the one resource used (a bucket, a secret, a topic, a subscription), or, where Google
 * offers no resource-level IAM (Cloud SQL, Firestore), on the project with an IAM condition naming that one resource.
 * Deliberate exclusions are commented next to each row.
 */
public final class GcpRoles {

    /** Where a role is bound. */
    public enum On {
        /** The bucket ({@code google_storage_bucket_iam_member}). */
        BUCKET,
        /** The secret ({@code google_secret_manager_secret_iam_member}). */
        SECRET,
        /** The Pub/Sub topic. */
        TOPIC,
        /** The queue's Pub/Sub subscription. */
        SUBSCRIPTION,
        /** The project, conditioned on the one resource's name ({@code resource.name == ...}). */
        PROJECT_CONDITION
    }

    /** One role on one kind of place. */
    public record Binding(String role, On on) {
    }

    /** Roles every workload's service account holds on its project: its own logs, metrics and traces (no resource-level form exists). */
    public static final List<String> RUNTIME = List.of("roles/cloudtrace.agent", "roles/logging.logWriter",
            "roles/monitoring.metricWriter");

    private GcpRoles() {
    }

    /** The roles a use of {@code kind} with {@code access} grants; empty when no IAM is involved (or not rendered). */
    public static List<Binding> of(Kind kind, Access access) {
        return switch (kind) {
            // Object read only: not roles/storage.objectUser or objectAdmin, which can also delete (and overwrite
            // ACLs); write is objectCreator, which cannot delete or overwrite (as on AWS: no s3:DeleteObject).
            case BUCKET -> switch (access) {
                case READ -> List.of(new Binding("roles/storage.objectViewer", On.BUCKET));
                case WRITE -> List.of(new Binding("roles/storage.objectCreator", On.BUCKET));
                default -> List.of(new Binding("roles/storage.objectCreator", On.BUCKET),
                        new Binding("roles/storage.objectViewer", On.BUCKET));
            };
            // Reads the payload of versions only: not secretVersionManager (adds versions) nor viewer (lists metadata).
            case SECRET -> List.of(new Binding("roles/secretmanager.secretAccessor", On.SECRET));
            // Publish to the queue's topic; consume from its subscription (pull and ack): never roles/pubsub.editor.
            case QUEUE -> access == Access.PUBLISH ? List.of(new Binding("roles/pubsub.publisher", On.TOPIC))
                    : List.of(new Binding("roles/pubsub.subscriber", On.SUBSCRIPTION));
            case TOPIC -> List.of(new Binding("roles/pubsub.publisher", On.TOPIC));
            // Connect through the Cloud SQL connector / Auth Proxy to this instance only; the password is read from
            // its secret (a SECRET binding added by the caller). Not cloudsql.editor/admin.
            case DATABASE -> List.of(new Binding("roles/cloudsql.client", On.PROJECT_CONDITION));
            // Firestore: read is datastore.viewer; write needs datastore.user (reads and writes entities; there is no
            // write-only predefined role). Conditioned on the one database.
            case TABLE -> access == Access.READ ? List.of(new Binding("roles/datastore.viewer", On.PROJECT_CONDITION))
                    : List.of(new Binding("roles/datastore.user", On.PROJECT_CONDITION));
            // Memorystore: reached over the private network with its AUTH string; clients need no IAM role.
            default -> List.of();
        };
    }
}
