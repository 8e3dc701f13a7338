package dev.quarterdeck.connectors.google;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoogleCursorTest {

    @Test
    void writesAndReadsOneField() {
        String cursor = GoogleCursor.write("syncToken", "CPjq1x2QAA==");

        assertThat(cursor).isEqualTo("{\"v\":1,\"syncToken\":\"CPjq1x2QAA==\"}");
        assertThat(GoogleCursor.read(cursor, "syncToken")).contains("CPjq1x2QAA==");
    }

    @Test
    void anythingUnreadableMeansAFullSync() {
        assertThat(GoogleCursor.read(null, "historyId")).isEmpty();
        assertThat(GoogleCursor.read("", "historyId")).isEmpty();
        assertThat(GoogleCursor.read("{\"v\":2,\"historyId\":\"5\"}", "historyId")).isEmpty();
        assertThat(GoogleCursor.read("{\"v\":1,\"pageToken\":\"5\"}", "historyId")).isEmpty();
        assertThat(GoogleCursor.read("{\"since\":\"2026-11-20T08:00:00Z\"}", "historyId")).isEmpty();
        assertThat(GoogleCursor.read("{broken", "historyId")).isEmpty();
    }
}
