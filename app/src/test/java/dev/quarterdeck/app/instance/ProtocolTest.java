package dev.quarterdeck.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void requestsRoundTripWithAndWithoutToken() {
        String withToken = Protocol.request(Knock.REVEAL, Optional.of("abc"));
        String withoutToken = Protocol.request(Knock.PING, Optional.empty());

        assertThat(withToken).isEqualTo("QUARTERDECK/1 REVEAL abc\n");
        assertThat(Protocol.parseRequest(withToken.strip(), Optional.of("abc"))).contains(Knock.REVEAL);
        assertThat(Protocol.parseRequest(withoutToken.strip(), Optional.empty())).contains(Knock.PING);
    }

    @Test
    void aServerWithATokenRejectsAMissingOrWrongOne() {
        assertThat(Protocol.parseRequest("QUARTERDECK/1 REVEAL", Optional.of("abc"))).isEmpty();
        assertThat(Protocol.parseRequest("QUARTERDECK/1 REVEAL abd", Optional.of("abc"))).isEmpty();
    }

    @Test
    void rejectsForeignLines() {
        assertThat(Protocol.parseRequest("GET / HTTP/1.1", Optional.empty())).isEmpty();
        assertThat(Protocol.parseRequest("QUARTERDECK/1 SHUTDOWN", Optional.empty())).isEmpty();
        assertThat(Protocol.parseReply("QUARTERDECK/1 SILENT")).isEmpty();
        assertThat(Protocol.parseReply("HTTP/1.1 400 Bad Request")).isEmpty();
        assertThat(Protocol.parseReply(Protocol.reply(Reply.BUSY).strip())).contains(Reply.BUSY);
    }
}
