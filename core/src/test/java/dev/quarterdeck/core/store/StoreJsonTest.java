package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Audit states must read back into the same record: undo restores records from them. */
class StoreJsonTest {

    @Test
    void everyRecordKindReadsBackEqual() {
        UUID id = UUID.randomUUID();
        List<Object> records = List.of(Fixtures.project("Kube"), Fixtures.task(id, "t"),
                Fixtures.doneTask(id, "done", Fixtures.T0), Fixtures.link(id, UUID.randomUUID(), LinkKind.PARENT),
                Fixtures.risk(id, "R-007"), Fixtures.milestone(id, "Beta", Fixtures.D0),
                new MilestoneTask(id, UUID.randomUUID()), Fixtures.stakeholder(id, "Grace"),
                Fixtures.budgetLine(id, "Travel", "10.50"), Fixtures.transaction(id, id, Fixtures.D0, "-3.10"),
                Fixtures.document(id, "Charter"), Fixtures.sourceItem(SourceKind.DRIVE, "doc-1", id),
                Fixtures.connectorAccount("Mail"), Fixtures.proposal("Do it"), Fixtures.executionLog(id),
                Fixtures.agentRun("triage", Fixtures.T0), Fixtures.preference("k", "v"),
                Fixtures.signal(id, "triage", Fixtures.T0), Fixtures.briefing(BriefingKind.WEEKLY, Fixtures.T0));

        for (Object record : records) {
            String json = StoreJson.write(record);
            assertThat(StoreJson.read(json, record.getClass())).as(json).isEqualTo(record);
        }
    }

    @Test
    void recordsAreWrittenWithTheirComponentsOnlyAndIsoDates() {
        Task task = Fixtures.task(null, "Send Q3 forecast");

        String json = StoreJson.write(task);

        assertThat(json).contains("\"createdAt\":\"2025-03-10T09:15:30.123456Z\"")
                .contains("\"due\":\"2025-03-17\"")
                .contains("\"estimate\":\"PT1H30M\"")
                .doesNotContain("\"open\"");
        assertThat(StoreJson.write(Fixtures.budgetLine(UUID.randomUUID(), "x", "12.50")))
                .contains("\"planned\":{\"amount\":12.50,\"currency\":\"EUR\"}");
    }
}
