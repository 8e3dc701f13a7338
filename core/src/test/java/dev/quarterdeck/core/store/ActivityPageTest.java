package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A project's activity read a page at a time, narrowed by the database (H2 and PostgreSQL). */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ActivityPageTest {

    @Parameter
    Backend backend;

    Store store;
    Project project;

    @BeforeEach
    void open() {
        store = Store.open(backend.newDatabase(TestStores.baseDir()));
        project = Fixtures.project("Atlas");
        Project other = Fixtures.project("Nova");
        store.write(Actor.system("test"), tx -> {
            tx.insert(project);
            tx.insert(other);
            tx.insert(Fixtures.task(other.id(), "Not in Atlas"));
            return null;
        });
        for (int i = 0; i < 25; i++) {
            Task task = Fixtures.task(project.id(), "Task " + i + (i == 7 ? " 100% done_now" : ""));
            store.write(i % 5 == 0 ? Actor.agent("triage") : Actor.USER, tx -> tx.insert(task));
        }
        store.write(Actor.USER, tx -> tx.insert(Fixtures.risk(project.id(), "R-001")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<AuditEvent> page(long before, String type, String kind, String name, String text, int limit) {
        return store.audit().pageForProject(project.id(), before, type, kind, name,
                text == null ? null : AuditDao.containing(text), limit);
    }

    @Test
    void pagesWalkTheTrailNewestFirstWithoutGapsOrRepeats() {
        List<AuditEvent> all = new ArrayList<>();
        long before = Long.MAX_VALUE;
        List<AuditEvent> page;
        do {
            page = page(before, null, null, null, null, 10);
            all.addAll(page);
            if (!page.isEmpty()) {
                before = page.get(page.size() - 1).sequence();
            }
        } while (page.size() == 10);

        // the project's own create events only: 25 tasks, 1 risk, the project itself
        assertThat(all).hasSize(27);
        assertThat(all).extracting(AuditEvent::sequence).isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(all.get(0).entityType()).isEqualTo("Risk");
    }

    @Test
    void filtersByKindActorAndTextInTheDatabase() {
        assertThat(page(Long.MAX_VALUE, "Risk", null, null, null, 50)).hasSize(1);
        assertThat(page(Long.MAX_VALUE, "Task", "AGENT", "triage", null, 50)).hasSize(5);
        assertThat(page(Long.MAX_VALUE, null, "USER", null, null, 50)).hasSize(21);
        assertThat(page(Long.MAX_VALUE, "Task", null, null, "TASK 1", 50)).hasSize(11);
        // % and _ are taken literally
        assertThat(page(Long.MAX_VALUE, null, null, null, "100% done_now", 50)).hasSize(1);
        assertThat(page(Long.MAX_VALUE, null, null, null, "1_0", 50)).isEmpty();
        assertThat(store.audit().entityTypesForProject(project.id())).containsExactlyInAnyOrder("Project", "Task",
                "Risk");
        assertThat(store.audit().actorsForProject(project.id())).containsExactlyInAnyOrder("SYSTEM:test",
                "AGENT:triage", "USER:user");
    }
}
