package dev.quarterdeck.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static AuditEvent event(AuditEvent.Action action, String before, String after) {
        return new AuditEvent(1, Instant.EPOCH, Actor.USER, "Task", UUID.randomUUID(), null, action, before, after);
    }

    @Test
    void statesMatchTheAction() {
        assertThat(event(AuditEvent.Action.CREATE, null, "{}").afterJson()).isEqualTo("{}");
        assertThatThrownBy(() -> event(AuditEvent.Action.CREATE, "{}", "{}")).hasMessage("a create has only an after state");
        assertThatThrownBy(() -> event(AuditEvent.Action.DELETE, null, null)).hasMessage("a delete has only a before state");
        assertThatThrownBy(() -> event(AuditEvent.Action.UPDATE, "{}", null))
                .hasMessage("an update has a before and an after state");
    }

    @Test
    void actorsHaveAKindAndAName() {
        assertThat(Actor.agent("triage")).isEqualTo(new Actor(Actor.Kind.AGENT, "triage"));
        assertThatThrownBy(() -> new Actor(Actor.Kind.USER, " ")).hasMessage("name must not be blank");
    }
}
