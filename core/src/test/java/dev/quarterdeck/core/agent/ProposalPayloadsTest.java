package dev.quarterdeck.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalPayloadsTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void everyKindRoundTrips() {
        List<ProposalPayload> payloads = List.of(
                new ProposalPayload.CreateTask(A, B, "Prepare for steering", "Agenda attached", Horizon.TODAY,
                        LocalDate.of(2025, 11, 22), 30, SourceKind.CALENDAR, "evt-1",
                        URI.create("https://calendar.example/evt-1"), A),
                new ProposalPayload.ChangeHorizon(A, Horizon.WEEK, Horizon.TODAY),
                new ProposalPayload.ChangePriority(A, true, List.of(B)),
                new ProposalPayload.LinkTasks(A, B, LinkKind.DUPLICATES),
                new ProposalPayload.AssignProject(A, B),
                new ProposalPayload.AddRisk(B, "Lease delayed", "", "Schedule", 4, 4, "Lea", "Escalate",
                        LocalDate.of(2025, 11, 29)),
                new ProposalPayload.UpdateRisk(A, 3, 4, 4, 4, LocalDate.of(2025, 11, 29)),
                new ProposalPayload.DraftMessage(A, B, "martin@example.org", "Update", "Hi Martin"));

        for (ProposalPayload payload : payloads) {
            String json = ProposalPayloads.write(payload);
            assertThat(ProposalPayloads.read(payload.kind(), json)).as(payload.kind().name()).isEqualTo(payload);
        }
        assertThat(payloads).extracting(ProposalPayload::kind).containsExactlyInAnyOrder(ProposalKind.values());
    }

    @Test
    void writesPropertiesInAlphabeticalOrderWithNullsAndIsoDates() {
        String json = ProposalPayloads.write(new ProposalPayload.ChangeHorizon(A, Horizon.WEEK, Horizon.TODAY));
        assertThat(json).isEqualTo("{\"from\":\"WEEK\",\"taskId\":\"" + A + "\",\"to\":\"TODAY\"}");

        String risk = ProposalPayloads.write(new ProposalPayload.AddRisk(B, "T", "", null, 2, 3, null, "", null));
        assertThat(risk).isEqualTo("{\"category\":null,\"description\":\"\",\"impact\":3,\"likelihood\":2,"
                + "\"mitigation\":\"\",\"nextReview\":null,\"owner\":null,\"projectId\":\"" + B
                        + "\",\"title\":\"T\"}");
    }

    @Test
    void malformedOrInvalidPayloadsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> ProposalPayloads.read(ProposalKind.CHANGE_HORIZON, "{\"taskId\":\"" + A + "\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from is required");
        assertThatThrownBy(() -> ProposalPayloads.read(ProposalKind.UPDATE_RISK, "{\"riskId\":\"" + A
                + "\",\"likelihoodFrom\":3,\"likelihood\":9,\"impactFrom\":2,\"impact\":2}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("likelihood must be between 1 and 5");
        assertThatThrownBy(() -> ProposalPayloads.read(ProposalKind.LINK_TASKS, "{\"fromTaskId\":\"" + A
                + "\",\"toTaskId\":\"" + B + "\",\"linkKind\":\"DUPLICATES\",\"force\":true}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("force");
        assertThatThrownBy(() -> ProposalPayloads.read(ProposalKind.LINK_TASKS, "not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid LINK_TASKS payload");
    }

    @Test
    void sameAndCanonicalIgnorePropertyOrderAndSpacing() {
        String a = "{\"to\":\"TODAY\",\"from\":\"WEEK\",\"taskId\":\"" + A + "\"}";
        String b = "{ \"taskId\": \"" + A + "\", \"from\": \"WEEK\", \"to\": \"TODAY\" }";

        assertThat(ProposalPayloads.same(a, b)).isTrue();
        assertThat(ProposalPayloads.canonical(a)).isEqualTo(ProposalPayloads.canonical(b))
                .isEqualTo(ProposalPayloads.write(new ProposalPayload.ChangeHorizon(A, Horizon.WEEK, Horizon.TODAY)));
        assertThat(ProposalPayloads.same(a, a.replace("TODAY", "MONTH"))).isFalse();
        assertThat(ProposalPayloads.same(a, "not json")).isFalse();
    }
}
