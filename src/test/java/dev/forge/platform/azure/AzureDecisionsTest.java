package dev.forge.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.model.Access;
import dev.forge.model.Kind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared Azure decisions: names that fit, one table of API versions, the roles of each grant. */
class AzureDecisionsTest {

    @Test
    void longNames_areCutWithAHash_andStayDistinct() {
        String a = AzureNames.fit("ai-validation-platform-orchestrator-prod", 32);
        String b = AzureNames.fit("ai-validation-platform-orchestrator-staging", 32);
        assertThat(a).hasSizeLessThanOrEqualTo(32).doesNotEndWith("-").isNotEqualTo(b);
        assertThat(AzureNames.fit("short-name", 32)).isEqualTo("short-name");
        String st = AzureNames.compact("st-ai-validation-platform-reports-prod", 24);
        assertThat(st).hasSizeLessThanOrEqualTo(24).matches("[a-z0-9]+");
    }

    @Test
    void everyApiVersion_isADateVersion_andUnknownTypesAreRefused() {
        ApiVersions.all().forEach((type, v) -> assertThat(v).as(type).matches("\\d{4}-\\d{2}-\\d{2}(-preview)?"));
        assertThatThrownBy(() -> ApiVersions.of("Microsoft.Web/sites")).hasMessageContaining("no checked API version");
    }

    @Test
    void roles_areLeastPrivilegePerAccess() {
        assertThat(AzureRoles.of(Kind.BUCKET, Access.READ)).containsExactly(AzureRoles.BLOB_READER);
        assertThat(AzureRoles.of(Kind.BUCKET, Access.READ_WRITE)).containsExactly(AzureRoles.BLOB_CONTRIBUTOR);
        assertThat(AzureRoles.of(Kind.QUEUE, Access.PUBLISH)).containsExactly(AzureRoles.BUS_SENDER);
        assertThat(AzureRoles.of(Kind.QUEUE, Access.CONSUME)).containsExactly(AzureRoles.BUS_RECEIVER);
        assertThat(AzureRoles.of(Kind.SECRET, Access.READ)).containsExactly(AzureRoles.SECRETS_USER);
        assertThat(AzureRoles.of(Kind.SERVICE, Access.INVOKE)).isEmpty();
        Set<String> ids = new HashSet<>();
        AzureRoles.ALL.forEach(r -> assertThat(ids.add(r.id())).isTrue());
        AzureRoles.ALL.forEach(r -> assertThat(r.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }
}
