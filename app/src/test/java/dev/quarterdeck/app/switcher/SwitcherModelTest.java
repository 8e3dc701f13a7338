package dev.quarterdeck.app.switcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The switcher over the demo workspace's records; task search is a title match over the same tasks. */
class SwitcherModelTest {

    private static final WorkspaceSnapshot DEMO = DemoWorkspace.create(LocalDate.of(2025, 11, 22),
            ZoneId.of("Europe/Berlin"), Instant.parse("2025-11-22T08:30:00Z"));

    private final List<SwitcherItem> opened = new ArrayList<>();
    private final List<String> searches = new ArrayList<>();
    private SwitcherModel model;

    @BeforeEach
    void setUp() {
        TaskSearch search = (text, limit) -> {
            searches.add(text);
            return DEMO.tasks().stream()
                    .filter(t -> t.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                    .limit(limit).toList();
        };
        model = new SwitcherModel(BackgroundTasks.synchronous(), search, opened::add);
        model.setProjects(DEMO.projects());
    }

    @Test
    void findsProjectsByCodeOrNameAndTasksByTitle() {
        model.queryProperty().set("Kubernetes");

        assertThat(model.results()).first().satisfies(first -> {
            assertThat(first.kind()).isEqualTo(SwitcherItem.Kind.PROJECT);
            assertThat(first.detail()).isEqualTo("KUBE");
        });
        assertThat(model.results()).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(SwitcherItem.Kind.TASK);
            assertThat(item.title()).isEqualTo("Update Kubernetes to 1.31");
        });
        assertThat(model.selectedIndexProperty().get()).isZero();
    }

    @Test
    void aHashAndACodeFindTheProject() {
        model.queryProperty().set("#atl");
        assertThat(model.results()).extracting(SwitcherItem::detail).first().isEqualTo("ATLAS");
    }

    @Test
    void oneCharacterSearchesProjectsOnly() {
        model.queryProperty().set("k");
        assertThat(searches).isEmpty();
    }

    @Test
    void tasksWithoutAProjectAreListedAndOpenFocus() {
        Task inboxTask = DEMO.tasks().stream().filter(t -> t.projectId() == null).findFirst().orElseThrow();
        model.queryProperty().set(inboxTask.title());

        assertThat(model.results()).anySatisfy(item -> {
            assertThat(item.title()).isEqualTo(inboxTask.title());
            assertThat(item.detail()).isEqualTo("no project");
            assertThat(item.projectId()).isNull();
        });
    }

    @Test
    void enterOpensTheSelectedItemAndArrowsMoveTheSelection() {
        model.queryProperty().set("Kubernetes");
        model.moveSelection(1);
        assertThat(model.open()).isTrue();
        assertThat(opened).containsExactly(model.results().get(1));

        model.moveSelection(-2);
        assertThat(model.selectedIndexProperty().get()).isEqualTo(model.results().size() - 1);
    }

    @Test
    void nothingToOpenWithoutResults() {
        model.queryProperty().set("zzzz no such thing");
        assertThat(model.results()).isEmpty();
        assertThat(model.open()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void matcherRanksCodePrefixBeforeNameMatches() {
        List<Project> hits = ProjectMatcher.match(DEMO.projects(), "n");
        assertThat(hits).first().extracting(Project::code).isEqualTo("NOVA");
    }
}
