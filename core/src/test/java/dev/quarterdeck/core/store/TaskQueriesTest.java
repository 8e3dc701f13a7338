package dev.quarterdeck.core.store;

import static dev.quarterdeck.core.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The task and project queries the screens use, on an empty database per test, on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TaskQueriesTest {

    @Parameter
    Backend backend;

    Store store;
    Project project;

    @BeforeEach
    void open() {
        store = TestStores.openFresh(backend);
        project = Fixtures.project("Kubernetes migration");
        insert(project);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void insert(Object... records) {
        store.write(Actor.USER, tx -> {
            for (Object record : records) {
                if (record instanceof Project p) {
                    tx.insert(p);
                } else if (record instanceof Task t) {
                    tx.insert(t);
                } else {
                    tx.insert((TaskLink) record);
                }
            }
            return null;
        });
    }

    private Task task(String title, TaskStatus status, Horizon horizon, double score) {
        return Fixtures.task(project.id(), title, status, horizon, score);
    }

    @Test
    void topOpenByHorizonMergesTheOpenStatusesByScoreAndSkipsClosedTasksAndOtherHorizons() {
        Task todo = task("todo", TaskStatus.TODO, Horizon.WEEK, 5);
        Task doing = task("doing", TaskStatus.DOING, Horizon.WEEK, 9);
        Task waiting = task("waiting", TaskStatus.WAITING, Horizon.WEEK, 7);
        Task lowTodo = task("low todo", TaskStatus.TODO, Horizon.WEEK, -1);
        insert(todo, doing, waiting, lowTodo,
                task("done", TaskStatus.DONE, Horizon.WEEK, 100),
                task("cancelled", TaskStatus.CANCELLED, Horizon.WEEK, 50),
                task("today", TaskStatus.TODO, Horizon.TODAY, 99));

        assertThat(store.tasks().topOpenByHorizon(Horizon.WEEK, 10)).containsExactly(doing, waiting, todo, lowTodo);
        assertThat(store.tasks().topOpenByHorizon(Horizon.WEEK, 2)).containsExactly(doing, waiting);
        assertThat(store.tasks().topOpenByHorizon(Horizon.WEEK, 0)).isEmpty();
        assertThat(store.tasks().topOpenByHorizon(Horizon.MONTH, 5)).isEmpty();
    }

    @Test
    void countOpenByHorizonCountsOnlyOpenTasksAndListsEveryHorizon() {
        insert(task("a", TaskStatus.TODO, Horizon.TODAY, 1), task("b", TaskStatus.DOING, Horizon.TODAY, 1),
                task("c", TaskStatus.WAITING, Horizon.WEEK, 1), task("d", TaskStatus.DONE, Horizon.WEEK, 1),
                task("e", TaskStatus.CANCELLED, Horizon.LATER, 1));

        assertThat(store.tasks().countOpenByHorizon()).containsOnly(entry(Horizon.TODAY, 2), entry(Horizon.WEEK, 1),
                entry(Horizon.MONTH, 0), entry(Horizon.LATER, 0));
    }

    @Test
    void countOpenInCountsOnlyTheAskedHorizonsWithZeroForAnEmptyOne() {
        insert(task("a", TaskStatus.TODO, Horizon.TODAY, 1), task("b", TaskStatus.DOING, Horizon.TODAY, 1),
                task("c", TaskStatus.WAITING, Horizon.LATER, 1), task("d", TaskStatus.DONE, Horizon.WEEK, 1));

        assertThat(store.tasks().countOpenIn(List.of(Horizon.TODAY, Horizon.WEEK, Horizon.MONTH)))
                .containsOnly(entry(Horizon.TODAY, 2), entry(Horizon.WEEK, 0), entry(Horizon.MONTH, 0));
        assertThat(store.tasks().countOpenIn(List.of())).isEmpty();
    }

    @Test
    void completedSinceListsDoneTasksNewestFirstFromTheGivenInstant() {
        Task early = Fixtures.doneTask(project.id(), "early", T0.plusSeconds(100));
        Task middle = Fixtures.doneTask(project.id(), "middle", T0.plusSeconds(200));
        Task late = Fixtures.doneTask(project.id(), "late", T0.plusSeconds(300));
        Task cancelled = task("cancelled", TaskStatus.CANCELLED, Horizon.TODAY, 0);
        insert(early, middle, late, cancelled, task("open", TaskStatus.TODO, Horizon.TODAY, 0));

        assertThat(store.tasks().completedSince(T0.plusSeconds(200), 10)).containsExactly(late, middle);
        assertThat(store.tasks().completedSince(T0, 2)).containsExactly(late, middle);
        assertThat(store.tasks().countCompletedSince(T0.plusSeconds(200))).isEqualTo(2);
        assertThat(store.tasks().countCompletedSince(T0)).isEqualTo(3);
        assertThat(store.tasks().countCompletedSince(T0.plusSeconds(301))).isZero();
    }

    @Test
    void searchIgnoresCaseListsOpenTasksFirstAndTreatsWildcardsAsText() {
        Task doneForecast = task("Q3 FORECAST sent", TaskStatus.DONE, Horizon.TODAY, 100);
        Task openForecast = task("Send the forecast", TaskStatus.TODO, Horizon.WEEK, 1);
        Task percent = task("Raise budget by 10% for forecast_v2", TaskStatus.TODO, Horizon.WEEK, 0);
        insert(doneForecast, openForecast, percent, task("Unrelated", TaskStatus.TODO, Horizon.WEEK, 50));

        assertThat(store.tasks().search("Forecast", 10)).containsExactly(openForecast, percent, doneForecast);
        assertThat(store.tasks().search("forecast", 1)).containsExactly(openForecast);
        assertThat(store.tasks().search("10%", 10)).containsExactly(percent);
        assertThat(store.tasks().search("forecast_", 10)).containsExactly(percent);
        assertThat(store.tasks().search("ecast s", 10)).containsExactly(doneForecast);
        assertThat(store.tasks().search("nothing like this", 10)).isEmpty();
    }

    @Test
    void tasksAreListedByProjectInboxAndSource() {
        Project other = Fixtures.project("Other");
        Task first = task("first", TaskStatus.TODO, Horizon.WEEK, 0);
        Task inbox = Fixtures.task(null, "inbox", TaskStatus.TODO, Horizon.LATER, 0);
        Task elsewhere = Fixtures.task(other.id(), "elsewhere", TaskStatus.TODO, Horizon.LATER, 0);
        insert(other, first, inbox, elsewhere);

        assertThat(store.tasks().listByProject(project.id())).containsExactly(first);
        assertThat(store.tasks().listInbox(10)).containsExactly(inbox);
        assertThat(store.tasks().findBySource(SourceKind.GMAIL, inbox.sourceRef())).containsExactly(inbox);
        assertThat(store.tasks().count()).isEqualTo(3);
    }

    @Test
    void linksAreListedForEitherEnd() {
        Task a = task("a", TaskStatus.TODO, Horizon.WEEK, 0);
        Task b = task("b", TaskStatus.TODO, Horizon.WEEK, 0);
        Task c = task("c", TaskStatus.TODO, Horizon.WEEK, 0);
        TaskLink aBlocksB = Fixtures.link(a.id(), b.id(), LinkKind.BLOCKS);
        TaskLink bRelatesC = Fixtures.link(b.id(), c.id(), LinkKind.RELATES);
        insert(a, b, c, aBlocksB, bRelatesC);

        assertThat(store.links().listForTask(b.id())).containsExactlyInAnyOrder(aBlocksB, bRelatesC);
        assertThat(store.links().listForTask(a.id())).containsExactly(aBlocksB);
        assertThat(store.links().listForTask(c.id())).containsExactly(bRelatesC);
    }

    @Test
    void projectsAreListedByNameIgnoringCaseAndFoundByCode() {
        Project zeta = Fixtures.project("zeta");
        Project alpha = Fixtures.project("Alpha");
        insert(zeta, alpha);

        assertThat(store.projects().list()).containsExactly(alpha, project, zeta);
        assertThat(store.projects().findByCode(zeta.code())).contains(zeta);
        assertThat(store.projects().findByCode("NOPE")).isEmpty();
        assertThat(store.projects().count()).isEqualTo(3);
    }

    @Test
    void isEmptyOnlyWithoutProjectsAndTasks() {
        try (Store fresh = TestStores.openFresh(backend)) {
            assertThat(fresh.isEmpty()).isTrue();
            fresh.write(Actor.USER, tx -> tx.insert(Fixtures.task(null, "just an inbox task")));
            assertThat(fresh.isEmpty()).isFalse();
        }
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void uniqueKeysAreEnforcedWithAReadableMessage() {
        Project sameCode = new Project(Ids.newId(), project.code(), "Copy", "",
                project.status(), project.priority(), null, null, null, null, List.of(), List.of(), "", "",
                project.currency(), project.budgetTotal(), T0, T0, 0);

        assertThatThrownBy(() -> insert(sameCode))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not create Project 'Copy': a record with the same unique key already"
                        + " exists");

        Task a = task("a", TaskStatus.TODO, Horizon.WEEK, 0);
        Task b = task("b", TaskStatus.TODO, Horizon.WEEK, 0);
        insert(a, b, Fixtures.link(a.id(), b.id(), LinkKind.BLOCKS));
        assertThatThrownBy(() -> insert(Fixtures.link(a.id(), b.id(), LinkKind.BLOCKS)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("same unique key");
        insert(Fixtures.link(a.id(), b.id(), LinkKind.RELATES));
        assertThat(store.links().listForTask(a.id())).hasSize(2);
    }
}
