package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.audit.AuditEvent.Action;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A whole workspace in and out of the store, on an empty database per test, on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SnapshotTest {

    private static final Actor IMPORT = Actor.system("import");

    @Parameter
    Backend backend;

    Store store;

    @BeforeEach
    void open() {
        store = TestStores.openFresh(backend);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Two projects with a record of every kind; every list of the snapshot is non-empty. */
    static WorkspaceSnapshot workspace() {
        Project kube = Fixtures.project("Kubernetes migration");
        Project office = Fixtures.project("Office move");
        Task a = Fixtures.task(kube.id(), "Plan cut-over", TaskStatus.DOING, Horizon.TODAY, 8);
        Task b = Fixtures.task(kube.id(), "Dry run", TaskStatus.TODO, Horizon.WEEK, 5);
        Task c = Fixtures.doneTask(office.id(), "Sign lease", Fixtures.T0.plusSeconds(99));
        Task inbox = Task.create(UUID.randomUUID(), null, "Call the bank", Horizon.LATER, null, Fixtures.T0);
        Milestone beta = Fixtures.milestone(kube.id(), "Beta", Fixtures.D0.plusDays(30));
        BudgetLine travel = Fixtures.budgetLine(office.id(), "Movers", "4500");
        return new WorkspaceSnapshot(
                List.of(kube, office),
                List.of(a, b, c, inbox),
                List.of(Fixtures.link(a.id(), b.id(), LinkKind.BLOCKS), Fixtures.link(c.id(), a.id(), LinkKind.RELATES)),
                List.of(Fixtures.risk(kube.id(), "R-001"), Fixtures.risk(kube.id(), "R-002"),
                        Fixtures.risk(office.id(), "R-001")),
                List.of(beta),
                List.of(new MilestoneTask(beta.id(), a.id()), new MilestoneTask(beta.id(), b.id())),
                List.of(Fixtures.stakeholder(kube.id(), "Grace")),
                List.of(travel),
                List.of(Fixtures.transaction(office.id(), travel.id(), Fixtures.D0, "1200.00"),
                        Fixtures.transaction(office.id(), travel.id(), Fixtures.D0.plusDays(3), "-50.25")),
                List.of(Fixtures.document(kube.id(), "Runbook")),
                List.of(Fixtures.sourceItem(SourceKind.GMAIL, "m-1", a.id()),
                        Fixtures.sourceItem(SourceKind.CALENDAR, "e-1", null)));
    }

    private static int size(WorkspaceSnapshot s) {
        return s.projects().size() + s.tasks().size() + s.links().size() + s.risks().size() + s.milestones().size()
                + s.milestoneTasks().size() + s.stakeholders().size() + s.budgetLines().size()
                + s.transactions().size() + s.documents().size() + s.sourceItems().size();
    }

    static void assertSameRecords(WorkspaceSnapshot actual, WorkspaceSnapshot expected) {
        assertThat(actual.projects()).containsExactlyInAnyOrderElementsOf(expected.projects());
        assertThat(actual.tasks()).containsExactlyInAnyOrderElementsOf(expected.tasks());
        assertThat(actual.links()).containsExactlyInAnyOrderElementsOf(expected.links());
        assertThat(actual.risks()).containsExactlyInAnyOrderElementsOf(expected.risks());
        assertThat(actual.milestones()).containsExactlyInAnyOrderElementsOf(expected.milestones());
        assertThat(actual.milestoneTasks()).containsExactlyInAnyOrderElementsOf(expected.milestoneTasks());
        assertThat(actual.stakeholders()).containsExactlyInAnyOrderElementsOf(expected.stakeholders());
        assertThat(actual.budgetLines()).containsExactlyInAnyOrderElementsOf(expected.budgetLines());
        assertThat(actual.transactions()).containsExactlyInAnyOrderElementsOf(expected.transactions());
        assertThat(actual.documents()).containsExactlyInAnyOrderElementsOf(expected.documents());
        assertThat(actual.sourceItems()).containsExactlyInAnyOrderElementsOf(expected.sourceItems());
    }

    @Test
    void importedSnapshotComesBackEqualWithOneCreateEventPerRecord() {
        WorkspaceSnapshot workspace = workspace();

        ImportResult result = store.importSnapshot(IMPORT, workspace);

        assertThat(result).isEqualTo(new ImportResult(size(workspace), 0, 0));
        assertSameRecords(store.snapshot(), workspace);
        List<AuditEvent> events = store.audit().latest(1_000);
        assertThat(events).hasSize(size(workspace))
                .allSatisfy(e -> {
                    assertThat(e.action()).isEqualTo(Action.CREATE);
                    assertThat(e.actor()).isEqualTo(IMPORT);
                });
        assertThat(store.isEmpty()).isFalse();
        assertThat(store.integrityCheck()).isEmpty();
    }

    @Test
    void importingTheSameSnapshotAgainChangesNothing() {
        WorkspaceSnapshot workspace = workspace();
        store.importSnapshot(IMPORT, workspace);

        ImportResult again = store.importSnapshot(IMPORT, workspace);

        assertThat(again).isEqualTo(new ImportResult(0, 0, size(workspace)));
        assertThat(store.audit().latest(1_000)).hasSize(size(workspace));
        assertSameRecords(store.snapshot(), workspace);
    }

    @Test
    void importMergesByIdReplacingChangedRecordsAndAddingNewOnes() {
        WorkspaceSnapshot workspace = workspace();
        store.importSnapshot(IMPORT, workspace);
        Project renamed = workspace.projects().get(0).withStatus(ProjectStatus.ON_HOLD, Fixtures.T0.plusSeconds(999));
        Task added = Fixtures.task(renamed.id(), "New in the second import");
        List<Task> tasks = new ArrayList<>(workspace.tasks());
        tasks.add(added);
        WorkspaceSnapshot second = new WorkspaceSnapshot(List.of(renamed, workspace.projects().get(1)), tasks,
                workspace.links(), workspace.risks(), workspace.milestones(), workspace.milestoneTasks(),
                workspace.stakeholders(), workspace.budgetLines(), workspace.transactions(), workspace.documents(),
                workspace.sourceItems());

        ImportResult result = store.importSnapshot(IMPORT, second);

        assertThat(result).isEqualTo(new ImportResult(1, 1, size(workspace) - 1));
        Project stored = store.projects().find(renamed.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProjectStatus.ON_HOLD);
        assertThat(stored.version()).isEqualTo(renamed.version() + 1);
        assertThat(store.tasks().find(added.id())).contains(added);
        assertThat(store.audit().listForEntity(renamed.id())).extracting(AuditEvent::action)
                .containsExactly(Action.CREATE, Action.UPDATE);
    }

    @Test
    void aSnapshotThatCannotBeStoredLeavesTheStoreAsItWas() {
        WorkspaceSnapshot workspace = workspace();
        Task orphan = Fixtures.task(UUID.randomUUID(), "belongs to no stored project");
        List<Task> tasks = new ArrayList<>(workspace.tasks());
        tasks.add(orphan);
        WorkspaceSnapshot broken = new WorkspaceSnapshot(workspace.projects(), tasks, workspace.links(),
                workspace.risks(), workspace.milestones(), workspace.milestoneTasks(), workspace.stakeholders(),
                workspace.budgetLines(), workspace.transactions(), workspace.documents(), workspace.sourceItems());

        assertThatThrownBy(() -> store.importSnapshot(IMPORT, broken))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("belongs to no stored project");

        assertThat(store.isEmpty()).isTrue();
        assertThat(store.audit().latest(10)).isEmpty();
    }
}
