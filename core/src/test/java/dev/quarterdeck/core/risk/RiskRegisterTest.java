package dev.quarterdeck.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.store.StaleRecordException;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.Undo;
import dev.quarterdeck.core.store.StoreConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk register on a real H2 store: keys, validation, history from the audit trail, and undo. */
class RiskRegisterTest {

    private static final LocalDate D0 = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;

    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    Store store;
    RiskRegister register;
    UUID projectId;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(folder), clock);
        register = new RiskRegister(store, clock, Actor.USER);
        Project project = new Project(Ids.newId(), "ATLAS", "Atlas move", "", ProjectStatus.ACTIVE, Priority.HIGH,
                "Lea", null, D0, D0.plusMonths(3), List.of(), List.of(), "", "", Currency.getInstance("EUR"),
                new BigDecimal("1000.00"), clock.instant(), clock.instant(), 0);
        store.write(Actor.USER, tx -> tx.insert(project));
        projectId = project.id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static RiskDraft draft(String key, String likelihood, String impact) {
        return new RiskDraft(key, "Lease not signed", "", "Legal", likelihood, impact, "Lea", "Call the landlord",
                "Short-term let", RiskStatus.OPEN, D0, D0.plusDays(14), null);
    }

    @Test
    void keysCountUpFromTheHighestUsed() {
        assertThat(register.nextKey(projectId)).isEqualTo("R-001");
        register.add(projectId, draft("R-001", "2", "2"));
        register.add(projectId, draft("R-007", "2", "2"));

        assertThat(register.nextKey(projectId)).isEqualTo("R-008");
    }

    @Test
    void aDuplicateKeyAndEveryOtherProblemAreRefusedTogetherAndNothingIsWritten() {
        register.add(projectId, draft("R-001", "3", "3"));
        RiskDraft bad = new RiskDraft("r-001", " ", "", null, "6", "x", null, "", "", RiskStatus.CLOSED, D0,
                D0.minusDays(1), null);

        assertThatThrownBy(() -> register.add(projectId, bad)).isInstanceOfSatisfying(InvalidRiskException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("key", "title", "likelihood", "impact", "nextReview", "closed"));
        assertThat(register.list(projectId)).hasSize(1);
    }

    @Test
    void editingMayKeepItsOwnKey() {
        Risk risk = register.add(projectId, draft("R-001", "3", "3"));

        Risk edited = register.update(risk, draft("R-001", "4", "5"));

        assertThat(edited.score()).isEqualTo(20);
        assertThat(edited.band()).isEqualTo(RiskBand.CRITICAL);
        assertThat(edited.version()).isEqualTo(risk.version() + 1);
    }

    @Test
    void scoreHistoryComesFromTheAuditTrailAndGivesTheTrend() {
        Risk risk = register.add(projectId, draft("R-001", "2", "3"));
        clock.set(Instant.parse("2026-03-09T09:00:00Z"));
        risk = register.update(risk, draft("R-001", "3", "3"));
        clock.set(Instant.parse("2026-03-16T09:00:00Z"));
        risk = register.update(risk, draft("R-001", "3", "3"));

        List<RiskScorePoint> history = register.history(risk.id());

        assertThat(history).extracting(RiskScorePoint::score).containsExactly(6, 9, 9);
        assertThat(history).extracting(RiskScorePoint::date)
                .containsExactly(D0, D0.plusDays(7), D0.plusDays(14));
        assertThat(RiskTrend.of(history)).as("6, 9, 9 is still rising").isEqualTo(RiskTrend.RISING);
        assertThat(register.histories(projectId)).containsExactly(java.util.Map.entry(risk.id(), history));
    }

    @Test
    void undoingADeleteBringsTheSameRiskBackAndSurvivesARestart() {
        Risk risk = register.add(projectId, draft("R-001", "4", "4"));
        UUID deletion = store.write(Actor.USER, tx -> {
            tx.delete(risk);
            return tx.changeId();
        });
        store.close();
        store = Store.open(StoreConfig.h2File(folder), clock);

        Undo.Change undone = new Undo(store).undo(deletion);

        assertThat(undone.events()).extracting(AuditEvent::action).containsExactly(AuditEvent.Action.DELETE);
        Risk back = store.risks().find(risk.id()).orElseThrow();
        assertThat(back.key()).isEqualTo("R-001");
        assertThat(back.title()).isEqualTo(risk.title());
        assertThat(back.score()).isEqualTo(16);
    }

    @Test
    void undoingAnEditRestoresThePreviousRatingAndUndoingACreateRemovesIt() {
        Risk risk = register.add(projectId, draft("R-001", "2", "2"));
        UUID edit = store.write(Actor.USER, tx -> {
            register.update(tx, risk, draft("R-001", "5", "5"));
            return tx.changeId();
        });

        new Undo(store).undo(edit);
        assertThat(store.risks().find(risk.id()).orElseThrow().score()).isEqualTo(4);

        UUID create = store.write(Actor.USER, tx -> {
            register.add(tx, projectId, draft("R-002", "1", "1"));
            return tx.changeId();
        });
        new Undo(store).undo(create);
        assertThat(store.risks().listByProject(projectId)).extracting(Risk::key).containsExactly("R-001");
        assertThatThrownBy(() -> new Undo(store).undo(create)).isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("undone already");
    }

    @Test
    void anOutdatedChangeIsNotUndone() {
        UUID create = store.write(Actor.USER, tx -> {
            register.add(tx, projectId, draft("R-001", "2", "2"));
            return tx.changeId();
        });
        Risk risk = store.risks().listByProject(projectId).get(0);
        register.update(risk, draft("R-001", "3", "2"));

        assertThatThrownBy(() -> new Undo(store).undo(create)).isInstanceOf(StaleRecordException.class);
        assertThat(store.risks().find(risk.id())).isPresent();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
