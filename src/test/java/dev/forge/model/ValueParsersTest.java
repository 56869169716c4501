package dev.forge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The scalar value types: Duration, Size, Cpu, Ref and Use. */
class ValueParsersTest {

    @ParameterizedTest
    @CsvSource({"250ms, 250", "30s, 30000", "5m, 300000", "2h, 7200000", "7d, 604800000", "' 30s ', 30000"})
    void duration_withAUnit_parsesToMillis(String text, long millis) {
        assertThat(Duration.parse(text).millis()).isEqualTo(millis);
    }

    @Test
    void duration_keepsItsTextAndRoundsDaysUp() {
        assertThat(Duration.parse("30s").toString()).isEqualTo("30s");
        assertThat(Duration.parse("25h").days()).isEqualTo(2);
        assertThat(Duration.parse("60s")).isEqualTo(Duration.parse("1m")).isEqualByComparingTo(Duration.ofSeconds(60));
    }

    @Test
    void duration_bareNumber_isRefusedWithAFixNamingBothUnits() {
        assertThatThrownBy(() -> Duration.parse("30")).isInstanceOf(BadValueException.class)
                .hasMessage("'30' is not a duration")
                .extracting(e -> ((BadValueException) e).fix()).isEqualTo("Add a unit: '30s' for seconds, '30m' for minutes.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "30sec", "-5s", "1.5s", "30 s", "5M", "1234567890s", "30s5m"})
    void duration_malformed_isRefused(String text) {
        assertThatThrownBy(() -> Duration.parse(text)).isInstanceOf(BadValueException.class).hasMessageContaining("not a duration");
    }

    @ParameterizedTest
    @CsvSource({"512, 512, 512Mi", "512Mi, 512, 512Mi", "1Gi, 1024, 1Gi", "2048Ki, 2, 2048Ki", "1Ti, 1048576, 1Ti"})
    void size_withABinaryUnitOrNone_parsesToMebibytes(String text, long mib, String shown) {
        Size s = Size.parse(text);
        assertThat(s.mebibytes()).isEqualTo(mib);
        assertThat(s.toString()).isEqualTo(shown);
    }

    @Test
    void size_decimalUnit_isRefusedWithTheBinaryUnitAsFix() {
        assertThatThrownBy(() -> Size.parse("512MB")).isInstanceOf(BadValueException.class)
                .hasMessage("'512MB' is not a size")
                .extracting(e -> ((BadValueException) e).fix()).isEqualTo("Use a binary unit: '512Mi'.");
        assertThatThrownBy(() -> Size.parse("1g")).extracting(e -> ((BadValueException) e).fix()).isEqualTo("Use a binary unit: '1Gi'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000Ki", "0.5Gi", "lots", "-1", "1 Gi", "1gi", ""})
    void size_malformedOrNotWholeMebibytes_isRefused(String text) {
        assertThatThrownBy(() -> Size.parse(text)).isInstanceOf(BadValueException.class);
    }

    @Test
    void size_gibibytes_roundUp() {
        assertThat(Size.parse("1025").gibibytes()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"0.25, 250, 250m", "1, 1000, 1", "2, 2000, 2", "250m, 250, 250m", "0.5, 500, 500m", "1.5, 1500, 1500m",
        "0.125, 125, 125m"})
    void cpu_coresOrMillicores_parsesToMillicores(String text, long milli, String shown) {
        Cpu c = Cpu.parse(text);
        assertThat(c.millicores()).isEqualTo(milli);
        assertThat(c.toString()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two", "500mc", "0.1234", "-1", "1 core", "", "m", "1.m"})
    void cpu_malformed_isRefused(String text) {
        assertThatThrownBy(() -> Cpu.parse(text)).isInstanceOf(BadValueException.class).hasMessageContaining("not a CPU amount");
    }

    @Test
    void ref_kindAndName_parses() {
        assertThat(Ref.parse("table:messages")).isEqualTo(new Ref(Kind.TABLE, "messages"));
        assertThat(Ref.parse(" secret:openai-api-key ").toString()).isEqualTo("secret:openai-api-key");
    }

    @Test
    void ref_unknownKind_namesTheKinds() {
        assertThatThrownBy(() -> Ref.parse("tabel:messages")).isInstanceOf(BadValueException.class)
                .hasMessage("'tabel:messages' names unknown kind 'tabel'")
                .extracting(e -> ((BadValueException) e).fix())
                .isEqualTo("Use one of service, function, job, api, table, bucket, queue, topic, database, cache, secret, parameter, model.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", ":messages", "table:", "table:Messages", "table:a--b", "table:-a", "table:a b"})
    void ref_malformed_isRefused(String text) {
        assertThatThrownBy(() -> Ref.parse(text)).isInstanceOf(BadValueException.class);
    }

    @Test
    void use_withoutAccess_takesTheKindsDefault() {
        Use u = Use.parse("queue:jobs");
        assertThat(u.access()).isNull();
        assertThat(u.accessOrDefault()).isEqualTo(Access.PUBLISH);
        assertThat(u.toString()).isEqualTo("queue:jobs (publish)");
        assertThat(Use.parse("database:main").accessOrDefault()).isEqualTo(Access.CONNECT);
        assertThat(Use.parse("model:claude").accessOrDefault()).isEqualTo(Access.INVOKE);
    }

    @Test
    void use_withAccess_parsesWithOrWithoutSpaces() {
        assertThat(Use.parse("table:messages (read-write)")).isEqualTo(new Use(new Ref(Kind.TABLE, "messages"), Access.READ_WRITE));
        assertThat(Use.parse("table:messages(write)").access()).isEqualTo(Access.WRITE);
        assertThat(Use.parse("queue:jobs ( consume )").access()).isEqualTo(Access.CONSUME);
    }

    @Test
    void use_accessOfAnotherKind_isRefusedListingTheKindsLevels() {
        assertThatThrownBy(() -> Use.parse("secret:key (write)")).isInstanceOf(Use.BadAccessException.class)
                .hasMessage("'write' is not an access level of a secret; use read");
        assertThatThrownBy(() -> Use.parse("table:items (admin)")).isInstanceOf(Use.BadAccessException.class)
                .hasMessage("'admin' is not an access level of a table; use read, write, read-write");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table:items (read", "table:items read", "(read)", "table:items (READ)"})
    void use_malformed_isRefused(String text) {
        assertThatThrownBy(() -> Use.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
