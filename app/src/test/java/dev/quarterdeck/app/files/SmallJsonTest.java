package dev.quarterdeck.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallJsonTest {

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("width", 1400.5);
        nested.put("maximized", false);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("theme", "DARK \"quoted\" ✓");
        fields.put("seconds", 120L);
        fields.put("window", nested);

        Map<String, Object> read = SmallJson.read(SmallJson.write(fields));

        assertThat(read).containsEntry("theme", "DARK \"quoted\" ✓").containsEntry("seconds", 120.0)
                .containsEntry("window", Map.of("width", 1400.5, "maximized", false));
        assertThat(new String(SmallJson.write(fields), StandardCharsets.UTF_8)).contains("\n");
    }

    @Test
    void skipsArraysAndNullsItDoesNotKnow() throws IOException {
        assertThat(SmallJson.read("{\"a\":[1,{\"b\":2}],\"c\":null,\"d\":true}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Map.of("d", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\"", "{\"a\":1", "{\"a\":1} trailing", "{a:1}", "\u0000\u0001"})
    void refusesWhatIsNotOneObject(String text) {
        assertThatThrownBy(() -> SmallJson.read(text.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    }

    @Test
    void refusesAValueItCannotWrite() {
        assertThatThrownBy(() -> SmallJson.write(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("when");
    }
}
