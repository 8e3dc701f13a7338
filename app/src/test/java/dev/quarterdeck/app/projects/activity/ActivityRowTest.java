package dev.quarterdeck.app.projects.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.StoreJson;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ActivityRowTest {

    private static final Instant NOW = Instant.parse("2025-11-22T08:30:00Z");
    private static final Task TASK = DemoWorkspace.create(LocalDate.of(2025, 11, 22), ZoneId.of("UTC"), NOW)
            .tasks().get(0);

    @Test
    void anUpdateNamesTheRecordAndTheFieldsThatChanged() {
        Task done = TASK.withStatus(TaskStatus.DONE, NOW.plusSeconds(60));
        AuditEvent event = new AuditEvent(7, NOW, Actor.USER, "Task", TASK.id(), TASK.projectId(),
                AuditEvent.Action.UPDATE, StoreJson.write(TASK), StoreJson.write(done));

        ActivityRow row = ActivityRow.of(event);

        assertThat(row.record()).isEqualTo(TASK.title());
        assertThat(row.change()).startsWith("updated (").contains("status").doesNotContain("updatedAt");
        assertThat(row.actor()).isEqualTo("you");
        assertThat(row.kind()).isEqualTo("Task");
    }

    @Test
    void kindsReadAsWordsAndAgentsByName() {
        AuditEvent event = new AuditEvent(8, NOW, Actor.agent("triage"), "BudgetLine", TASK.id(), null,
                AuditEvent.Action.DELETE, "{\"category\":\"Removals\"}", null);

        ActivityRow row = ActivityRow.of(event);

        assertThat(row.kind()).isEqualTo("Budget line");
        assertThat(row.record()).isEqualTo("Removals");
        assertThat(row.change()).isEqualTo("deleted");
        assertThat(row.actor()).isEqualTo("agent triage");
    }

    @Test
    void aPaymentReadsAsAPlainAmountAndARiskLinkByItsKind() {
        AuditEvent payment = new AuditEvent(9, NOW, Actor.USER, "Transaction", TASK.id(), null,
                AuditEvent.Action.CREATE, null, "{\"amount\":{\"amount\":2.4E+3,\"currency\":\"USD\"},"
                        + "\"vendor\":\"CloudForge\"}");
        AuditEvent link = new AuditEvent(10, NOW, Actor.USER, "RiskLink", TASK.id(), null,
                AuditEvent.Action.CREATE, null, "{}");

        assertThat(ActivityRow.of(payment).record()).isEqualTo("2400 USD · CloudForge");
        assertThat(ActivityRow.of(link).kind()).isEqualTo("Risk link");
    }
}
