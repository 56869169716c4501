package dev.forge.targets.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Decisions of the azure target that the examples do not all reach. */
class AzureStackTest {

    @Test
    void subnets_areCarvedFromTheNetwork_andASmallNetworkIsRefusedClearly() {
        Cidr c = Cidr.parse("10.20.0.0/16");
        assertThat(c.sub(0, 23)).isEqualTo("10.20.0.0/23");
        assertThat(c.sub(512, 24)).isEqualTo("10.20.2.0/24");
        assertThat(c.sub(768, 24)).isEqualTo("10.20.3.0/24");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/24")).hasMessageContaining("write a /22 or larger");
    }

    @Test
    void postgresSizes_followTheTable_andHighAvailabilityLeavesBurstable() {
        assertThat(Stack.postgresSku("db.t4g.micro", false)).containsExactly("Standard_B1ms", "Burstable");
        assertThat(Stack.postgresSku("db.t4g.medium", false)).containsExactly("Standard_B2s", "Burstable");
        assertThat(Stack.postgresSku("db.t4g.micro", true)).containsExactly("Standard_D2ds_v5", "GeneralPurpose");
        assertThat(Stack.postgresSku("db.r6g.xlarge", false)).containsExactly("Standard_E4ds_v5", "MemoryOptimized");
        assertThat(Stack.storageGb(20)).isEqualTo(32);
        assertThat(Stack.storageGb(50)).isEqualTo(64);
    }
}
