package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.project.Project;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class IntegrityCheckTest {

    @Parameter
    Backend backend;

    Store store;

    @BeforeEach
    void open() {
        store = TestStores.openFresh(backend);
        store.importSnapshot(Actor.system("test"), SnapshotTest.workspace());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSoundStoreHasNoProblems() {
        assertThat(store.integrityCheck()).isEmpty();
    }

    /** Rows that slipped past the foreign keys (checks switched off, a damaged file) are reported. */
    @Test
    void rowsReferringToMissingRowsAreReported() {
        Project project = store.projects().list().get(0);
        UUID linkedTask = store.milestoneTasks().listAll().get(0).taskId();
        UUID missing = UUID.randomUUID();
        store.jdbi().useHandle(h -> {
            h.execute(backend == Backend.H2 ? "SET REFERENTIAL_INTEGRITY FALSE"
                    : "SET session_replication_role = replica");
            h.execute("UPDATE risks SET project_id = ? WHERE project_id = ?", missing, project.id());
            h.execute("UPDATE milestone_tasks SET task_id = ? WHERE task_id = ?", missing, linkedTask);
            h.execute(backend == Backend.H2 ? "SET REFERENTIAL_INTEGRITY TRUE"
                    : "SET session_replication_role = DEFAULT");
        });

        assertThat(store.integrityCheck()).containsExactlyInAnyOrder(
                "risks.project_id: 2 rows refer to missing projects",
                "milestone_tasks.task_id: 1 rows refer to missing tasks");
    }
}
