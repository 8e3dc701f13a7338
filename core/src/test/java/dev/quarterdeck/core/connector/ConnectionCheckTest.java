package dev.quarterdeck.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.connector.ConnectorException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {

    @Test
    void aFailureSaysWhetherToRetryOrReconnect() {
        ConnectionCheck auth = ConnectionCheck.failed(new ConnectorException(Kind.AUTH_REQUIRED, "token revoked"));
        assertThat(auth.ok()).isFalse();
        assertThat(auth.reconnectNeeded()).isTrue();
        assertThat(auth.retryable()).isFalse();
        assertThat(auth.message()).isEqualTo("token revoked");

        ConnectionCheck limited = ConnectionCheck.failed(
                ConnectorException.rateLimited("slow down", Duration.ofSeconds(40)));
        assertThat(limited.failure()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.retryable()).isTrue();
        assertThat(limited.reconnectNeeded()).isFalse();
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(40));

        for (Kind kind : new Kind[] {Kind.OFFLINE, Kind.SERVER_ERROR, Kind.MALFORMED_RESPONSE}) {
            assertThat(ConnectionCheck.failed(new ConnectorException(kind, "x")).retryable()).as(kind.name()).isTrue();
        }
        assertThat(ConnectionCheck.failed(new ConnectorException(Kind.REJECTED, "x")).retryable()).isFalse();
    }

    @Test
    void okHasNoFailureAndAFailureNeedsItsKind() {
        ConnectionCheck ok = ConnectionCheck.ok("Connected as octocat");
        assertThat(ok.ok()).isTrue();
        assertThat(ok.failure()).isNull();
        assertThat(ok.retryAfter()).isNull();

        assertThatThrownBy(() -> new ConnectionCheck(true, "x", Kind.OFFLINE, false, false, null))
                .hasMessage("a successful check has no failure kind");
        assertThatThrownBy(() -> new ConnectionCheck(false, "x", null, false, false, null))
                .hasMessage("failure is required");
        assertThatThrownBy(() -> ConnectionCheck.ok(" ")).hasMessage("message must not be blank");
    }

    @Test
    void onlyRateLimitsCarryAWait() {
        assertThat(new ConnectorException(Kind.OFFLINE, "no network").retryAfter()).isEmpty();
        assertThat(ConnectorException.rateLimited("later", Duration.ofMinutes(5)).retryAfter())
                .contains(Duration.ofMinutes(5));
    }
}
