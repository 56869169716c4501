package dev.forge.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A topic never subscribes a queue it could not deliver to: the subscription would deploy and lose every message. */
class TopicDeliveryTest {

    private static String spec(String encryption, boolean fifoTopic) {
        return """
                forge: 1
                app: fanout
                environments: { dev: {} }
                queues:
                  audit: { encryption: %s }
                topics:
                  events:
                    fifo: %s
                    subscriptions: [audit]
                """.formatted(encryption, fifoTopic);
    }

    @Test
    void aQueueEncryptedWithAKeySnsMayNotUse_isRefusedAtTheSubscription() {
        for (String encryption : List.of("kms", "customer-kms")) {
            assertThatThrownBy(() -> Pipeline.resolve(SpecSource.of("fanout.yaml", spec(encryption, false))))
                    .isInstanceOfSatisfying(SpecException.class, e -> {
                        assertThat(e.diagnostics()).hasSize(1);
                        Diagnostic d = e.diagnostics().get(0);
                        assertThat(d.code()).isEqualTo("FORGE-E121");
                        assertThat(d.location().line()).isEqualTo(9);
                        assertThat(d.message()).contains("topic 'events' delivers to queue 'audit'").contains("lost");
                        assertThat(d.fix()).isEqualTo("Set `encryption: managed` (SQS-managed encryption) on queue 'audit'.");
                    });
        }
    }

    @Test
    void sqsManagedEncryption_andAFifoTopicDeliveringToAStandardQueue_areAccepted() {
        assertThat(Pipeline.resolve(SpecSource.of("fanout.yaml", spec("managed", false))).environments()).hasSize(1);
        assertThat(Pipeline.resolve(SpecSource.of("fanout.yaml", spec("managed", true))).environments()).hasSize(1);
    }
}
