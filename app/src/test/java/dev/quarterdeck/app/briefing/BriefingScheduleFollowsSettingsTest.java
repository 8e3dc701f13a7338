package dev.quarterdeck.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's schedule beat with a clock the test moves: new times from Settings apply to the running schedule at
 * once, without a restart.
 */
class BriefingScheduleFollowsSettingsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2025, 11, 24);

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private Store store;
    private final MovingClock clock = new MovingClock(ZonedDateTime.of(MONDAY.atTime(7, 0), ZONE).toInstant());
    private final List<Briefing> scheduled = new ArrayList<>();
    private BriefingModel model;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir));
        store.importSnapshot(Actor.system("demo"), DemoWorkspace.create(MONDAY, ZONE, clock.instant()));
        model = new BriefingModel(BackgroundTasks.synchronous(), () -> store, clock, NoLanguageModel::new);
        model.onScheduled(scheduled::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The Settings section as the window wires it: a save goes to the store and to the running schedule. */
    private BriefingSettingsModel settings() {
        BriefingSettingsModel settings = new BriefingSettingsModel(BackgroundTasks.synchronous(), () -> store, clock,
                model::useSettings);
        settings.load();
        return settings;
    }

    private List<BriefingKind> kinds() {
        return scheduled.stream().map(Briefing::kind).toList();
    }

    @Test
    void anEarlierMorningTimeSavedAt0720ComposesTheMorningBriefingAtOnce() {
        model.tick();
        // first start at 07:00 Monday: the newest slot that passed is Friday's evening summary
        assertThat(kinds()).containsExactly(BriefingKind.EVENING);

        clock.now = clock.now.plus(Duration.ofMinutes(20));
        model.tick();
        assertThat(kinds()).as("08:00 has not come yet").containsExactly(BriefingKind.EVENING);

        BriefingSettingsModel settings = settings();
        settings.slot(BriefingKind.MORNING).timeProperty().set("07:10");
        settings.save();
        assertThat(kinds()).containsExactly(BriefingKind.EVENING, BriefingKind.MORNING);
        assertThat(model.briefing()).map(Briefing::kind).contains(BriefingKind.MORNING);

        clock.now = clock.now.plus(Duration.ofMinutes(50));
        model.tick();
        assertThat(kinds()).as("08:00 is no longer a morning slot").hasSize(2);
    }

    @Test
    void aBriefingSwitchedOffIsNotComposedAtItsTime() {
        model.tick();
        BriefingSettingsModel settings = settings();
        settings.slot(BriefingKind.MORNING).onProperty().set(false);
        settings.slot(BriefingKind.WEEKLY).onProperty().set(false);
        settings.save();
        clock.now = clock.now.plus(Duration.ofHours(3));
        model.tick();
        assertThat(kinds()).containsExactly(BriefingKind.EVENING);

        clock.now = clock.now.plus(Duration.ofHours(3));
        model.tick();
        assertThat(kinds()).as("13:00: the midday check is still on").containsExactly(BriefingKind.EVENING,
                BriefingKind.MIDDAY);
        assertThat(store.briefings().latest(BriefingKind.MORNING)).as("the store's schedule agrees").isEmpty();
    }
}
