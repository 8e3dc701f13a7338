package dev.quarterdeck.connectors.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.core.connector.ConnectorException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraTimesTest {

    private static final ApiResponse RESPONSE = new ApiResponse(200, HttpHeaders.of(Map.of(), (a, b) -> true), "",
            URI.create("https://acme.atlassian.net/rest/api/3/search/jql"));

    @Test
    void readsJirasOffsetWithoutAColonAndIsoOffsets() throws Exception {
        assertThat(JiraIssueMapper.time("2026-11-20T09:30:00.000+0000", RESPONSE))
                .isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThat(JiraIssueMapper.time("2026-11-20T10:30:00.000+0100", RESPONSE))
                .isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThat(JiraIssueMapper.time("2026-11-20T10:30:00.123+01:00", RESPONSE))
                .isEqualTo(Instant.parse("2026-11-20T09:30:00.123Z"));
        assertThat(JiraIssueMapper.time("2026-11-20T09:30:00Z", RESPONSE))
                .isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThatThrownBy(() -> JiraIssueMapper.time("20 Nov 2026", RESPONSE))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("a time Jira does not write");
    }

    @Test
    void theUpdatedBoundCoversTheTimeSinceTheLastSyncPlusAnOverlap() {
        Instant now = Instant.parse("2026-11-22T09:00:00Z");
        assertThat(JiraConnector.updatedSince(now.minusSeconds(3600), now)).contains("updated >= \"-65m\"");
        assertThat(JiraConnector.updatedSince(now.minusSeconds(61), now)).contains("updated >= \"-7m\"");
        assertThat(JiraConnector.updatedSince(now.plusSeconds(600), now)).contains("updated >= \"-5m\"");
    }
}
