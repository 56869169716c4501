package dev.forge.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    @Test
    void distance_countsEditsAndAdjacentTranspositionsAsOne() {
        assertThat(Suggest.distance("messages", "messages")).isZero();
        assertThat(Suggest.distance("mesages", "messages")).isEqualTo(1);
        assertThat(Suggest.distance("memroy", "memory")).isEqualTo(1);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void nearest_typo_isSuggested() {
        assertThat(Suggest.nearest("mesages", List.of("users", "messages"))).contains("messages");
        assertThat(Suggest.nearest("TIMEOUT", List.of("timeout", "memory"))).contains("timeout");
    }

    @Test
    void nearest_somethingElseEntirely_isNotSuggested() {
        assertThat(Suggest.nearest("colour", List.of("memory", "timeout", "runtime"))).isEmpty();
        assertThat(Suggest.nearest("x", List.of())).isEmpty();
    }

    @Test
    void nearest_tie_isBrokenTheSameWayWhateverTheOrder_soMessagesAreDeterministic() {
        assertThat(Suggest.nearest("ab", List.of("ac", "aa"))).contains("ac");
        assertThat(Suggest.nearest("ab", List.of("aa", "ac"))).contains("ac");
    }

    @Test
    void nearest_versionTypo_suggestsTheNearestVersion_notTheOldest() {
        List<String> runtimes = List.of("python3.10", "python3.11", "python3.12", "python3.13", "python3.14",
                "nodejs20.x", "nodejs22.x", "nodejs24.x");
        assertThat(Suggest.nearest("python3.15", runtimes)).contains("python3.14");
        assertThat(Suggest.nearest("python3.9", runtimes)).contains("python3.10");
        assertThat(Suggest.nearest("nodejs18.x", runtimes)).contains("nodejs20.x");
        assertThat(Suggest.nearest("nodejs25.x", runtimes)).contains("nodejs24.x");
    }

    @Test
    void nearest_shortWords_allowOneEdit_longWordsAtMostThree() {
        assertThat(Suggest.nearest("ap", List.of("api"))).contains("api");
        assertThat(Suggest.nearest("xyz", List.of("api"))).isEmpty();
        assertThat(Suggest.nearest("enviromentz", List.of("environments"))).contains("environments");
    }

    @Test
    void nearest_hugeWords_areNotCompared_soAHostileSpecCannotExhaustMemory() {
        assertThat(Suggest.distance("a", "a".repeat(1000))).isEqualTo(999);
        assertThat(Suggest.nearest("a".repeat(1_000_000), List.of("a".repeat(1_000_000)))).isEmpty();
    }

    @Test
    void didYouMean_isAPhraseOrNothing() {
        assertThat(Suggest.didYouMean("prd", List.of("dev", "prod"))).isEqualTo(" (did you mean 'prod'?)");
        assertThat(Suggest.didYouMean("staging", List.of("dev", "prod"))).isEmpty();
    }
}
