package dev.forge.platform.azure;

import dev.forge.model.Access;
import dev.forge.model.Kind;
import java.util.List;
import java.util.Map;

/**
 * What a grant ({@code uses:}) means on Azure: the built-in role a principal's user-assigned identity gets, and on
 * which resource, decided once for every Azure target. The role definition IDs are Azure's built-in ones (the same in
 * every tenant; learn.microsoft.com/azure/role-based-access-control/built-in-roles). Redis is not here: its data
 * access is an access policy assignment ({@link #REDIS_ACCESS_POLICY}), not a role.
 */
public final class AzureRoles {

    /** One built-in role: its name (for the reader) and its definition ID. */
    public record Role(String name, String id) {
    }

    public static final Role BLOB_READER = new Role("Storage Blob Data Reader", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1");
    public static final Role BLOB_CONTRIBUTOR = new Role("Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe");
    public static final Role BUS_SENDER = new Role("Azure Service Bus Data Sender", "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39");
    public static final Role BUS_RECEIVER = new Role("Azure Service Bus Data Receiver", "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0");
    public static final Role SECRETS_USER = new Role("Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6");
    public static final Role ACR_PULL = new Role("AcrPull", "7f951dda-4ed3-4680-a7ca-43fe172d538d");

    /** The Redis data access policy a principal using a cache gets (Microsoft Entra authentication). */
    public static final String REDIS_ACCESS_POLICY = "Data Contributor";

    /** Every role above, by ID (the doc's table). */
    public static final List<Role> ALL = List.of(BLOB_READER, BLOB_CONTRIBUTOR, BUS_SENDER, BUS_RECEIVER, SECRETS_USER,
            ACR_PULL);

    private static final Map<Kind, Map<Access, List<Role>>> TABLE = Map.of(
            Kind.BUCKET, Map.of(Access.READ, List.of(BLOB_READER), Access.WRITE, List.of(BLOB_CONTRIBUTOR),
                    Access.READ_WRITE, List.of(BLOB_CONTRIBUTOR)),
            Kind.QUEUE, Map.of(Access.PUBLISH, List.of(BUS_SENDER), Access.CONSUME, List.of(BUS_RECEIVER),
                    Access.READ_WRITE, List.of(BUS_SENDER, BUS_RECEIVER), Access.WRITE, List.of(BUS_SENDER),
                    Access.READ, List.of(BUS_RECEIVER)),
            Kind.TOPIC, Map.of(Access.PUBLISH, List.of(BUS_SENDER)),
            Kind.SECRET, Map.of(Access.READ, List.of(SECRETS_USER)),
            Kind.PARAMETER, Map.of(Access.READ, List.of(SECRETS_USER)),
            Kind.DATABASE, Map.of(Access.CONNECT, List.of(SECRETS_USER)));

    private AzureRoles() {
    }

    /**
     * The roles a grant of {@code access} on a resource of {@code kind} gives; empty when the grant needs no role
     * (a service called over the environment's network, a cache reached through its access policy) or the kind has
     * no Azure counterpart here. Secrets, parameters and databases give Key Vault Secrets User: their values (a
     * database's password) are Key Vault secrets.
     */
    public static List<Role> of(Kind kind, Access access) {
        Map<Access, List<Role>> byAccess = TABLE.get(kind);
        if (byAccess == null) {
            return List.of();
        }
        List<Role> roles = byAccess.get(access);
        if (roles == null && (kind == Kind.SECRET || kind == Kind.PARAMETER || kind == Kind.DATABASE)) {
            return List.of(SECRETS_USER);
        }
        return roles == null ? List.of() : roles;
    }
}
