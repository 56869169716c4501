package dev.forge.api;

import static dev.forge.api.Specs.app;
import static dev.forge.api.Specs.assertSameSpec;
import static dev.forge.api.Specs.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.AttributeType;
import dev.forge.model.CacheEngine;
import dev.forge.model.Duration;
import dev.forge.model.Encryption;
import dev.forge.model.Projection;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.model.StorageClass;
import dev.forge.model.StreamView;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables, buckets, queues, databases and caches. */
class DataBuildersTest {

    @Test
    void table_keyShorthand_indexes_andOverride_equalYaml() {
        Spec spec = app().table("messages", t -> t.key("id").attributes(Map.of("created_at", AttributeType.NUMBER))
                .index("by-time", i -> i.partition("chat_id").sort("created_at").projection(Projection.KEYS_ONLY))
                .ttl("expires_at").stream(StreamView.NEW_IMAGE).replicas("eu-west-1").pitr(true)
                .override("prod", p -> p.deletionProtection(true))).build();

        assertThat(spec.tables().get("messages").key().partition()).isEqualTo("id");
        assertSameSpec(spec, yaml("""
                tables:
                  messages:
                    key: id
                    attributes: { created_at: number }
                    indexes: { by-time: { partition: chat_id, sort: created_at, projection: keys-only } }
                    ttl: expires_at
                    stream: new-image
                    replicas: eu-west-1
                    pitr: true
                    environments: { prod: { deletion-protection: true } }
                """));
    }

    @Test
    void bucket_shorthands_andLifecycleRulesInOrder_equalYaml() {
        Spec spec = app().bucket("assets", b -> b.cdn(true).replication("eu-west-1")
                .lifecycle(l -> l.expireAfter("30d"))
                .lifecycle(l -> l.prefix("tmp/").transition(t -> t.after(Duration.parse("7d")).storageClass(StorageClass.GLACIER)))
                .encryption(Encryption.CUSTOMER_KMS))
                .bucket("logs")
                .build();

        assertThat(spec.buckets().get("assets").lifecycle()).hasSize(2);
        assertSameSpec(spec, yaml("""
                buckets:
                  assets:
                    cdn: true
                    replication: eu-west-1
                    lifecycle:
                      - expire-after: 30d
                      - prefix: tmp/
                        transition: { after: 7d, storage-class: GLACIER }
                    encryption: customer-kms
                  logs: {}
                """));
    }

    @Test
    void queue_database_cache_fieldsAppearInTheSpec() {
        Spec spec = app().queue("jobs", q -> q.fifo(true).visibilityTimeout(Duration.parse("1m")).maxReceives(2))
                .database("main", d -> d.storage(Size.parse("40Gi")).maxStorage("100Gi").backupRetention("1d")
                        .override("prod", p -> p.multiAz(true)))
                .cache("sessions", c -> c.engine(CacheEngine.REDIS).snapshotRetention(Duration.parse("0s")))
                .build();

        assertThat(spec.databases().get("main").storage().mebibytes()).isEqualTo(40 * 1024);
        assertSameSpec(spec, yaml("""
                queues: { jobs: { fifo: true, visibility-timeout: 1m, max-receives: 2 } }
                databases:
                  main:
                    storage: 40Gi
                    max-storage: 100Gi
                    backup-retention: 1d
                    environments: { prod: { multi-az: true } }
                caches: { sessions: { engine: redis, snapshot-retention: 0s } }
                """));
    }
}
