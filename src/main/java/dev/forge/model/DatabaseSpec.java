package dev.forge.model;

import java.util.Map;

/** A relational database. */
@Doc("A relational database (RDS PostgreSQL, Cloud SQL, Azure Database). Its password is generated and kept in the"
        + " secret store; it never appears in the spec or the output.")
public record DatabaseSpec(
        @Doc("What the database holds.") String description,
        @Default("postgres") @Doc("Engine.") DatabaseEngine engine,
        @Default("16") @Format(regex = "^\\d{1,2}(?:\\.\\d{1,2})?$", hint = "a major version such as 16 or 16.4")
        @Doc("Engine version.") String version,
        @Default("db.t4g.micro") @Format(regex = "^db\\.[a-z0-9]+\\.[a-z0-9]+$", hint = "an instance class such as db.t4g.micro")
        @Doc("Instance class.") String instance,
        @Default("20Gi") @Range(min = 20480, max = 67108864) @Doc("Allocated storage (at least 20Gi).") Size storage,
        @Range(min = 20480, max = 67108864) @Doc("Storage autoscaling ceiling; no autoscaling when absent.") Size maxStorage,
        @Default(value = "false", production = "true") @Doc("A standby in a second availability zone.") Boolean multiAz,
        @Default(value = "7d", production = "14d") @Range(min = 0, max = 3024000)
        @Doc("How long automated backups are kept (0-35d).") Duration backupRetention,
        @Default(value = "false", production = "true") @Doc("Refuse to delete the database.") Boolean deletionProtection,
        @Format(regex = "^[a-zA-Z][a-zA-Z0-9_]{0,62}$", hint = "letters, digits and '_', starting with a letter")
        @Doc("Name of the database created inside; defaults to the resource name with '-' as '_'.") String name,
        @Default("false") @Doc("Also accept IAM authentication: each function, service or job using the database may"
                + " then connect with a token as the database user named after it ('-' as '_'), which a migration creates"
                + " and grants rds_iam. The master credentials secret stays.") Boolean iamAuth,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, DatabaseSpec> environments) {
}
