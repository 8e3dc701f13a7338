package dev.quarterdeck.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.briefing.BriefingSettings;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Briefings settings: typed times checked as typed, saved to the store, and handed to the schedule. */
class BriefingSettingsModelTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    // Monday 24 November 2025, 10:00
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2025, 11, 24, 10, 0, 0, 0, ZONE).toInstant(),
            ZONE);

    @TempDir
    Path dir;
    private Store store;
    private final List<BriefingSettings> handedOver = new ArrayList<>();
    private BriefingSettingsModel model;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir));
        model = new BriefingSettingsModel(BackgroundTasks.synchronous(), () -> store, CLOCK, handedOver::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDefaultsShowBeforeAnythingIsStored() {
        model.load();
        assertThat(model.slot(BriefingKind.MORNING).timeProperty().get()).isEqualTo("08:00");
        assertThat(model.slot(BriefingKind.MIDDAY).timeProperty().get()).isEqualTo("12:30");
        assertThat(model.slot(BriefingKind.EVENING).timeProperty().get()).isEqualTo("17:30");
        assertThat(model.slot(BriefingKind.WEEKLY).timeProperty().get()).isEqualTo("09:00");
        assertThat(model.weekdayProperty().get()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(model.slot(BriefingKind.WEEKLY).onProperty().get()).isTrue();
        assertThat(model.loadedProperty().get()).isTrue();
    }

    @Test
    void aTimeThatIsNotOneIsRefusedNextToItsFieldAndNothingIsSaved() {
        model.load();
        SlotFields evening = model.slot(BriefingKind.EVENING);
        evening.timeProperty().set("25:00");
        assertThat(evening.errorProperty().get()).isEqualTo("“25:00” is not a time: use 24-hour HH:mm, for example 17:30.");
        evening.timeProperty().set("");
        assertThat(evening.errorProperty().get()).isEqualTo("Enter a time, for example 08:00.");
        evening.timeProperty().set("half past five");
        model.save();

        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing saved: fix the times marked in red.");
        assertThat(handedOver).isEmpty();
        assertThat(new BriefingService(store).settings()).isEqualTo(BriefingSettings.DEFAULTS);

        evening.timeProperty().set("18:05");
        assertThat(evening.errorProperty().get()).isEmpty();
    }

    @Test
    void savedSettingsAreStoredHandedToTheScheduleAndReadBack() {
        model.load();
        model.slot(BriefingKind.MORNING).timeProperty().set("7:15");
        model.slot(BriefingKind.MIDDAY).onProperty().set(false);
        model.slot(BriefingKind.WEEKLY).timeProperty().set("16:45");
        model.weekdayProperty().set(DayOfWeek.FRIDAY);
        model.save();

        BriefingSettings expected = BriefingSettings.DEFAULTS.at(BriefingKind.MORNING, LocalTime.of(7, 15))
                .with(BriefingKind.MIDDAY, false).at(BriefingKind.WEEKLY, LocalTime.of(16, 45))
                .onWeekday(DayOfWeek.FRIDAY);
        assertThat(handedOver).containsExactly(expected);
        assertThat(new BriefingService(store).settings()).isEqualTo(expected);
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.slot(BriefingKind.MORNING).timeProperty().get()).as("shown as saved").isEqualTo("07:15");
        // Monday 10:00, midday off: the next is the evening summary at 17:30
        assertThat(model.statusProperty().get()).isEqualTo("Saved. Next: the evening briefing, Mon 24 Nov 17:30.");

        BriefingSettingsModel reopened = new BriefingSettingsModel(BackgroundTasks.synchronous(), () -> store, CLOCK,
                s -> { });
        reopened.load();
        assertThat(reopened.slot(BriefingKind.MORNING).timeProperty().get()).isEqualTo("07:15");
        assertThat(reopened.slot(BriefingKind.MIDDAY).onProperty().get()).isFalse();
        assertThat(reopened.weekdayProperty().get()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void withEveryBriefingOffTheStatusSaysNoneWillCome() {
        model.load();
        for (BriefingKind kind : BriefingKind.values()) {
            model.slot(kind).onProperty().set(false);
        }
        model.save();
        assertThat(model.statusProperty().get())
                .isEqualTo("Saved. Every briefing is off: none will be composed until one is switched on.");
    }
}
