package dev.quarterdeck.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quarterdeck.core.agent.PreferenceSignal.Decision;
import dev.quarterdeck.core.task.SourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PreferenceModelTest {

    private static final Instant T0 = Instant.parse("2025-11-01T09:00:00Z");

    @Test
    void withoutSignalsEveryMultiplierIsOne() {
        PreferenceModel model = PreferenceModel.neutral();

        assertThat(model.kindMultiplier("risk", ProposalKind.ADD_RISK)).isEqualTo(1.0);
        assertThat(model.sourceMultiplier(SourceKind.GMAIL)).isEqualTo(1.0);
        assertThat(model.adjust(proposal("risk", ProposalKind.ADD_RISK, 0.75))).map(Proposal::confidence)
                .contains(0.75);
    }

    @Test
    void eachRejectionTakesAFifthAndEachApprovalAddsATenth() {
        PreferenceModel model = learn(
                signal(0, "stakeholder", ProposalKind.DRAFT_MESSAGE, Decision.REJECTED, null),
                signal(1, "stakeholder", ProposalKind.DRAFT_MESSAGE, Decision.REJECTED, null),
                signal(2, "triage", ProposalKind.CREATE_TASK, Decision.APPROVED, null),
                signal(3, "triage", ProposalKind.CREATE_TASK, Decision.EDITED, null));

        assertThat(model.kindMultiplier("stakeholder", ProposalKind.DRAFT_MESSAGE)).isCloseTo(0.64, within(1e-9));
        assertThat(model.kindMultiplier("triage", ProposalKind.CREATE_TASK)).isCloseTo(1.155, within(1e-9));
        // learned per agent: triage's rejections say nothing about discovery's tasks
        assertThat(model.kindMultiplier("discovery", ProposalKind.CREATE_TASK)).isEqualTo(1.0);
        assertThat(model.adjust(proposal("stakeholder", ProposalKind.DRAFT_MESSAGE, 0.82))).map(Proposal::confidence)
                .contains(0.52);
        assertThat(model.adjust(proposal("triage", ProposalKind.CREATE_TASK, 0.9))).map(Proposal::confidence)
                .contains(1.0);
    }

    @Test
    void aKindRejectedOftenEnoughStopsAppearing() {
        List<PreferenceSignal> signals = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            signals.add(signal(i, "risk", ProposalKind.ADD_RISK, Decision.REJECTED, null));
        }
        // 0.8 x 0.8^6 = 0.21 still shows; the seventh rejection takes it to 0.17, below 0.2
        assertThat(learn(signals.subList(0, 6)).adjust(proposal("risk", ProposalKind.ADD_RISK, 0.8)))
                .map(Proposal::confidence).contains(0.21);
        assertThat(learn(signals).adjust(proposal("risk", ProposalKind.ADD_RISK, 0.8))).isEmpty();
        // a weaker proposal of the same kind goes sooner: 0.5 x 0.8^5 = 0.16
        assertThat(learn(signals.subList(0, 5)).adjust(proposal("risk", ProposalKind.ADD_RISK, 0.5))).isEmpty();
    }

    @Test
    void multipliersStayWithinTheirBounds() {
        List<PreferenceSignal> signals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            signals.add(signal(i, "risk", ProposalKind.ADD_RISK, Decision.APPROVED, null));
        }
        for (int i = 40; i < 100; i++) {
            signals.add(signal(i, "risk", ProposalKind.UPDATE_RISK, Decision.REJECTED, null));
        }
        PreferenceModel model = learn(signals);

        assertThat(model.kindMultiplier("risk", ProposalKind.ADD_RISK)).isEqualTo(PreferenceModel.MAXIMUM);
        assertThat(model.kindMultiplier("risk", ProposalKind.UPDATE_RISK)).isEqualTo(PreferenceModel.MINIMUM);
    }

    @Test
    void creditIsCappedSoLaterRejectionsStillCount() {
        List<PreferenceSignal> signals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            signals.add(signal(i, "risk", ProposalKind.ADD_RISK, Decision.APPROVED, null));
        }
        signals.add(signal(41, "risk", ProposalKind.ADD_RISK, Decision.REJECTED, null));

        // 1.5 at most, then x 0.8
        assertThat(learn(signals).kindMultiplier("risk", ProposalKind.ADD_RISK)).isCloseTo(1.2, within(1e-9));
    }

    @Test
    void theOrderSignalsArePassedInDoesNotMatter() {
        List<PreferenceSignal> signals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            signals.add(signal(i, "risk", ProposalKind.ADD_RISK, i < 25 ? Decision.APPROVED : Decision.REJECTED,
                    "GMAIL"));
        }
        List<PreferenceSignal> shuffled = new ArrayList<>(signals);
        Collections.shuffle(shuffled, new java.util.Random(7));

        PreferenceModel ordered = learn(signals);
        PreferenceModel mixed = learn(shuffled);
        assertThat(mixed.kindMultipliers()).isEqualTo(ordered.kindMultipliers());
        assertThat(mixed.sourceMultiplier(SourceKind.GMAIL)).isEqualTo(ordered.sourceMultiplier(SourceKind.GMAIL));
    }

    @Test
    void aSourceTheUserKeepsTurningDownLosesItsSignal() {
        PreferenceModel model = learn(
                signal(0, "triage", ProposalKind.CREATE_TASK, Decision.REJECTED, "JIRA"),
                signal(1, "triage", ProposalKind.CREATE_TASK, Decision.REJECTED, "jira"),
                signal(2, "triage", ProposalKind.CREATE_TASK, Decision.REJECTED, "JIRA"),
                signal(3, "triage", ProposalKind.CREATE_TASK, Decision.APPROVED, "GMAIL"),
                signal(4, "triage", ProposalKind.CREATE_TASK, Decision.REJECTED, "not-a-source"));

        assertThat(model.sourceMultiplier(SourceKind.JIRA)).isCloseTo(0.512, within(1e-9));
        assertThat(model.sourceMultiplier(SourceKind.GMAIL)).isCloseTo(1.1, within(1e-9));
        assertThat(model.sourceMultiplier(SourceKind.GITHUB)).isEqualTo(1.0);
    }

    @Test
    void settingsArePassedThroughByKey() {
        PreferenceModel model = PreferenceModel.learn(List.of(),
                List.of(new Preference(PreferenceModel.USER_NAME, "Alex Morgan", T0)));

        assertThat(model.setting(PreferenceModel.USER_NAME)).contains("Alex Morgan");
        assertThat(model.setting(PreferenceModel.DAY_START)).isEqualTo(Optional.empty());
    }

    private static PreferenceModel learn(PreferenceSignal... signals) {
        return learn(List.of(signals));
    }

    private static PreferenceModel learn(List<PreferenceSignal> signals) {
        return PreferenceModel.learn(signals, List.of());
    }

    private static PreferenceSignal signal(int minute, String agent, ProposalKind kind, Decision decision,
            String source) {
        return new PreferenceSignal(UUID.nameUUIDFromBytes(("signal" + minute).getBytes()), UUID.randomUUID(), agent,
                kind, decision, source, T0.plusSeconds(60L * minute));
    }

    static Proposal proposal(String agent, ProposalKind kind, double confidence) {
        return new Proposal(UUID.randomUUID(), agent, kind, null, "A proposal.", "Because.", confidence, "{}",
                ProposalStatus.PENDING, T0, null, 0);
    }
}
