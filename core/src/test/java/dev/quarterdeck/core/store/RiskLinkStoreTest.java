package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.InvalidRiskException;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.risk.RiskRegister;
import dev.quarterdeck.core.task.Task;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Risk ↔ task / milestone links (schema 5) on H2 and PostgreSQL: the DAO, the keys and checks of the table, the
 * links going with a deleted task, milestone or risk, and undo bringing them back.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RiskLinkStoreTest {

    @Parameter
    Backend backend;

    Store store;
    Project project;
    Project other;
    Task task;
    Task foreignTask;
    Milestone milestone;
    Risk risk;

    @BeforeEach
    void open() {
        store = Store.open(backend.newDatabase(TestStores.baseDir()));
        project = Fixtures.project("Atlas");
        other = Fixtures.project("Nova");
        task = Fixtures.task(project.id(), "Sign lease");
        foreignTask = Fixtures.task(other.id(), "Book venue");
        milestone = Fixtures.milestone(project.id(), "Lease signed", Fixtures.D0.plusDays(30));
        risk = Fixtures.risk(project.id(), "R-001");
        store.write(Actor.system("test"), tx -> {
            tx.insert(project);
            tx.insert(other);
            tx.insert(task);
            tx.insert(foreignTask);
            tx.insert(milestone);
            tx.insert(risk);
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private UUID relink(Set<UUID> tasks, Set<UUID> milestones) {
        return store.write(Actor.USER, tx -> {
            RiskRegister.relink(tx, risk, tasks, milestones);
            return tx.changeId();
        });
    }

    @Test
    void linksAreStoredReadBackAndReplacedAsASet() {
        relink(Set.of(task.id()), Set.of(milestone.id()));

        assertThat(store.riskLinks().listByRisk(risk.id())).extracting(RiskLink::targetId)
                .containsExactlyInAnyOrder(task.id(), milestone.id());
        assertThat(store.riskLinks().listByProject(project.id())).hasSize(2);
        assertThat(store.riskLinks().listByProject(other.id())).isEmpty();
        assertThat(store.riskLinks().listByTask(task.id())).singleElement().matches(RiskLink::isTask);
        assertThat(store.riskLinks().listByMilestone(milestone.id())).singleElement()
                .matches(l -> !l.isTask());

        relink(Set.of(), Set.of(milestone.id()));
        assertThat(store.riskLinks().listByRisk(risk.id())).extracting(RiskLink::targetId)
                .containsExactly(milestone.id());
        assertThat(store.audit().listForProjectAndType(project.id(), "RiskLink")).hasSize(3);
    }

    @Test
    void aTaskOfAnotherProjectIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> relink(Set.of(task.id(), foreignTask.id()), Set.of()))
                .isInstanceOf(InvalidRiskException.class);
        assertThat(store.riskLinks().listByRisk(risk.id())).isEmpty();
    }

    @Test
    void theTableRefusesTwoTargetsOrTheSamePairTwice() {
        assertThatThrownBy(() -> store.write(Actor.USER, tx -> {
            tx.insert(RiskLink.toTask(Ids.newId(), risk.id(), task.id()));
            return tx.insert(RiskLink.toTask(Ids.newId(), risk.id(), task.id()));
        })).isInstanceOf(StoreException.class);
        assertThat(store.riskLinks().listAll()).isEmpty();
        assertThatThrownBy(() -> new RiskLink(Ids.newId(), risk.id(), task.id(), milestone.id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingTheTaskMilestoneOrRiskTakesTheLinksAndUndoBringsThemBack() {
        relink(Set.of(task.id()), Set.of(milestone.id()));
        Undo undo = new Undo(store);

        store.write(Actor.USER, tx -> {
            tx.delete(store.tasks().find(task.id()).orElseThrow());
            tx.delete(store.milestones().find(milestone.id()).orElseThrow());
            return null;
        });
        assertThat(store.riskLinks().listByRisk(risk.id())).isEmpty();
        undo.undo();
        assertThat(store.riskLinks().listByRisk(risk.id())).hasSize(2);

        UUID deletion = store.write(Actor.USER, tx -> {
            tx.delete(store.risks().find(risk.id()).orElseThrow());
            return tx.changeId();
        });
        assertThat(store.riskLinks().listAll()).isEmpty();
        undo.undo(deletion);
        assertThat(store.risks().find(risk.id())).isPresent();
        assertThat(store.riskLinks().listByRisk(risk.id())).hasSize(2);
        assertThat(store.integrityCheck()).isEmpty();
    }

    @Test
    void aDeletedProjectComesBackWithItsRiskLinks() {
        relink(Set.of(task.id()), Set.of(milestone.id()));
        var before = store.snapshot();
        assertThat(before.riskLinks()).hasSize(2);

        UUID deletion = store.write(Actor.USER, tx -> {
            tx.delete(store.projects().find(project.id()).orElseThrow());
            return tx.changeId();
        });
        assertThat(store.riskLinks().listAll()).isEmpty();
        new Undo(store).undo(deletion);

        assertThat(store.snapshot()).isEqualTo(before);
    }
}
