package dev.quarterdeck.app.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalEditTest {

    private final ProposalPayload.CreateTask task = new ProposalPayload.CreateTask(UUID.randomUUID(), null,
            "Reply to Lea", "", Horizon.WEEK, LocalDate.of(2025, 11, 24), 30, SourceKind.GMAIL, "m1", null, null);

    @Test
    void editsTheFieldsItOffersAndKeepsTheRest() {
        assertThat(ProposalEdit.values(task)).containsOnlyKeys("title", "horizon", "due");

        var edited = (ProposalPayload.CreateTask) ProposalEdit.apply(task,
                Map.of("title", " Reply to Lea today ", "horizon", "today", "due", ""));

        assertThat(edited.title()).isEqualTo("Reply to Lea today");
        assertThat(edited.horizon()).isEqualTo(Horizon.TODAY);
        assertThat(edited.due()).isNull();
        assertThat(edited.taskId()).isEqualTo(task.taskId());
        assertThat(edited.sourceRef()).isEqualTo("m1");
        assertThat(edited.estimateMinutes()).isEqualTo(30);
    }

    @Test
    void aFieldLeftOutKeepsItsValue() {
        var edited = (ProposalPayload.CreateTask) ProposalEdit.apply(task, Map.of("title", "Other"));
        assertThat(edited.due()).isEqualTo(task.due());
        assertThat(edited.horizon()).isEqualTo(Horizon.WEEK);
    }

    @Test
    void rejectsValuesWithAMessageForTheUser() {
        var rerate = new ProposalPayload.UpdateRisk(UUID.randomUUID(), 3, 4, 4, 4, null);
        assertThatThrownBy(() -> ProposalEdit.apply(rerate, Map.of("likelihood", "9")))
                .hasMessage("Likelihood must be a whole number from 1 to 5, was “9”");
        assertThatThrownBy(() -> ProposalEdit.apply(task, Map.of("due", "next week")))
                .hasMessageStartingWith("Due must be a date like 2025-11-24");
        assertThatThrownBy(() -> ProposalEdit.apply(task, Map.of("title", "  ")))
                .hasMessage("Title must not be empty");
    }

    @Test
    void kindsWithNothingToEditHaveNoEditor() {
        assertThat(ProposalEdit.supports(ProposalKind.LINK_TASKS)).isFalse();
        assertThat(ProposalEdit.supports(ProposalKind.CHANGE_PRIORITY)).isFalse();
        assertThat(ProposalEdit.supports(ProposalKind.DRAFT_MESSAGE)).isTrue();
    }
}
