package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreCodecsTest {

    @Test
    void readsWhatTheStoreWritesForAList() {
        List<String> values = List.of("plain", "with \"quotes\" and \\", "ünïcödé ✓", "", "line\nbreak");

        assertThat(StoreCodecs.stringList(StoreJson.write(values))).isEqualTo(values);
        assertThat(StoreCodecs.stringList("[]")).isEmpty();
        assertThat(StoreCodecs.stringList(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "[1, 2]", "[\"a\", null]", "[\"a\"", "[\"a\"] x", "\"a\"", ""})
    void refusesWhatIsNotAnArrayOfStrings(String json) {
        assertThatThrownBy(() -> StoreCodecs.stringList(json))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("A stored list is not a JSON array of strings");
    }
}
