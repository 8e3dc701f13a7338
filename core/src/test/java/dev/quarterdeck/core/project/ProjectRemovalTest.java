package dev.quarterdeck.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.store.StoreException;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRemovalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private Store store;
    private ProjectRemoval removal;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dataDir), CLOCK);
        store.importSnapshot(Actor.system("demo"),
                DemoWorkspace.create(LocalDate.now(CLOCK), ZoneOffset.UTC, CLOCK.instant()));
        removal = new ProjectRemoval(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void deleteTakesEveryRecordAndRestoreBringsBackTheSameWorkspace() {
        WorkspaceSnapshot before = store.snapshot();
        Project atlas = store.projects().findByCode("ATLAS").orElseThrow();
        assertThat(store.tasks().listByProject(atlas.id())).isNotEmpty();
        assertThat(store.risks().listByProject(atlas.id())).isNotEmpty();

        DeletedProject deleted = removal.delete(Actor.USER, atlas);

        assertThat(store.projects().find(atlas.id())).isEmpty();
        assertThat(store.tasks().listByProject(atlas.id())).isEmpty();
        assertThat(store.transactions().listByProject(atlas.id())).isEmpty();
        assertThat(deleted.changeId()).isNotNull();

        Project restored = removal.restore(deleted);

        assertThat(restored).isEqualTo(atlas);
        assertThat(store.snapshot()).isEqualTo(before);
    }

    @Test
    void restoreRefusesWhenTheCodeWasGivenAwayAndWritesNothing() {
        Project atlas = store.projects().findByCode("ATLAS").orElseThrow();
        DeletedProject deleted = removal.delete(Actor.USER, atlas);
        new ProjectIntake(store, CLOCK).create(Actor.USER, IntakeFixtures.atlas());
        long events = store.audit().latest(1).get(0).sequence();

        assertThatThrownBy(() -> removal.restore(deleted)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is now used by Atlas office move");
        assertThat(store.audit().latest(1).get(0).sequence()).isEqualTo(events);
    }

    @Test
    void restoringTwiceIsRefused() {
        DeletedProject deleted = removal.delete(Actor.USER, store.projects().findByCode("KUBE").orElseThrow());
        removal.restore(deleted);

        assertThatThrownBy(() -> removal.restore(deleted)).isInstanceOf(StoreException.class)
                .hasMessageContaining("exists already");
    }
}
