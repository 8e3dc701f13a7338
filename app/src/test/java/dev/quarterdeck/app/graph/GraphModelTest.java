package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.graph.GraphLane;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.graph.GraphWindow;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph model over a real store with the demo workspace, background work run synchronously. */
class GraphModelTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemDefaultZone();
    private Store store;
    private GraphModel model;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir));
        store.importSnapshot(Actor.system("test"), DemoWorkspace.create(LocalDate.now(clock), clock.getZone(),
                clock.instant()));
        model = new GraphModel(BackgroundTasks.synchronous(), () -> store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void loadsLaysOutAndRelaysOutWhenTheFilterChanges() {
        assertThat(model.phaseProperty().get()).isEqualTo(GraphModel.Phase.IDLE);
        model.refreshIfShown();
        assertThat(model.phaseProperty().get()).isEqualTo(GraphModel.Phase.IDLE);

        model.reload();
        assertThat(model.phaseProperty().get()).isEqualTo(GraphModel.Phase.READY);
        int all = model.pictureProperty().get().size();
        assertThat(all).isPositive();
        assertThat(model.projects()).hasSize(5);
        assertThat(model.summary()).startsWith(all + " tasks · ");

        model.setWindow(GraphWindow.WEEK);
        assertThat(model.pictureProperty().get().lanes()).extracting(LaneBand::lane)
                .containsExactly(GraphLane.TODAY, GraphLane.WEEK, GraphLane.DONE);
        assertThat(model.pictureProperty().get().size()).isLessThan(all);
        assertThat(model.summary()).contains("hidden by filters");

        model.filterProperty().set(model.filterProperty().get().withStatuses(Set.of(TaskStatus.DONE))
                .withWindow(GraphWindow.ALL));
        assertThat(model.nodes()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.task().status()).isEqualTo(TaskStatus.DONE));
    }

    @Test
    void selectionGivesDetailsAndOpeningGoesThroughTheHook() {
        List<UUID> opened = new ArrayList<>();
        model.setOnOpenTask(opened::add);
        model.reload();
        GraphNode critical = model.nodes().stream().filter(GraphNode::critical).findFirst().orElseThrow();

        model.select(critical.id());
        NodeDetails details = model.selectedDetails().orElseThrow();
        assertThat(details.title()).isEqualTo(critical.task().title());
        assertThat(details.project()).startsWith(critical.projectCode() + " · ");
        assertThat(details.criticalPaths()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(
                "on the critical path to "));
        assertThat(details.breakdown()).anySatisfy(f -> assertThat(f).startsWith("blocks milestone "));
        assertThat(details.links()).isNotEmpty();

        model.openTask(critical.id());
        assertThat(opened).containsExactly(critical.id());

        // a filter that hides the selected task clears the selection
        model.filterProperty().set(model.filterProperty().get().withStatuses(Set.of(TaskStatus.CANCELLED)));
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.selectedDetails()).isEmpty();
    }
}
