package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.briefing.BriefingSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing schedule over a stored workspace, with a clock the test moves (the demo's Saturday and on). */
class BriefingServiceTest {

    @TempDir
    Path dir;
    StoredDemo demo;
    BriefingService briefings;

    @BeforeEach
    void open() {
        demo = new StoredDemo(dir);
        briefings = new BriefingService(demo.store);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private static Clock at(LocalDate day, int hour, int minute) {
        return Clock.fixed(day.atTime(hour, minute).atZone(ZONE).toInstant(), ZONE);
    }

    private static List<BriefingKind> kinds(List<Briefing> made) {
        return made.stream().map(Briefing::kind).toList();
    }

    @Test
    void aMissedSlotRunsOnceAtWakeNotOncePerSlot() {
        LocalDate monday = LocalDate.of(2025, 11, 24);
        // first start on Monday 08:05: only the newest slot's kind, not last week's leftovers
        List<Briefing> first = briefings.runDue(at(monday, 8, 5));
        assertThat(kinds(first)).containsExactly(BriefingKind.MORNING);
        assertThat(briefings.runDue(at(monday, 8, 30))).isEmpty();

        // asleep from 08:30 Monday to 18:10 Wednesday: each kind once, oldest slot first
        List<Briefing> atWake = briefings.runDue(at(monday.plusDays(2), 18, 10));
        assertThat(kinds(atWake)).containsExactly(BriefingKind.WEEKLY, BriefingKind.MORNING, BriefingKind.MIDDAY,
                BriefingKind.EVENING);
        assertThat(briefings.runDue(at(monday.plusDays(2), 18, 11))).isEmpty();
        assertThat(demo.store.briefings().list(100)).hasSize(5);
        assertThat(briefings.latest(BriefingKind.EVENING)).map(Briefing::markdown).get().asString()
                .startsWith("# Evening");
    }

    @Test
    void settingsAreStoredAndChangeTheSchedule() {
        BriefingSettings settings = BriefingSettings.DEFAULTS.with(BriefingKind.MIDDAY, false)
                .at(BriefingKind.MORNING, LocalTime.of(7, 15));
        briefings.save(settings, demo.clock().instant());

        assertThat(briefings.settings()).isEqualTo(settings);
        LocalDate tuesday = LocalDate.of(2025, 11, 25);
        briefings.runDue(at(tuesday, 7, 0));
        List<Briefing> made = briefings.runDue(at(tuesday, 13, 0));
        assertThat(kinds(made)).doesNotContain(BriefingKind.MIDDAY);
        assertThat(briefings.latest(BriefingKind.MORNING)).isPresent();
    }

    @Test
    void theWeeklyReviewMovesToTheStoredDayAndTimeAtOnce() {
        LocalDate monday = LocalDate.of(2025, 11, 24);
        briefings.runDue(at(monday, 9, 5));
        assertThat(briefings.latest(BriefingKind.WEEKLY)).isPresent();
        long weeklies = weeklyCount();

        BriefingSettings wednesdays = BriefingSettings.DEFAULTS.onWeekday(java.time.DayOfWeek.WEDNESDAY)
                .at(BriefingKind.WEEKLY, LocalTime.of(16, 45));
        briefings.save(wednesdays, at(monday, 9, 6).instant());
        assertThat(briefings.settings().weeklyDay()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
        assertThat(briefings.settings().weekly()).isEqualTo(LocalTime.of(16, 45));

        LocalDate wednesday = monday.plusDays(2);
        briefings.runDue(at(wednesday, 16, 40));
        assertThat(weeklyCount()).isEqualTo(weeklies);
        assertThat(kinds(briefings.runDue(at(wednesday, 16, 46)))).contains(BriefingKind.WEEKLY);
        assertThat(weeklyCount()).isEqualTo(weeklies + 1);
    }

    @Test
    void anUnreadableStoredWeekdayKeepsTheDefault() {
        demo.store.write(dev.quarterdeck.core.audit.Actor.USER, tx -> tx.put(new Preference(BriefingService.WEEKDAY,
                "someday", demo.clock().instant())));
        assertThat(briefings.settings().weeklyDay()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    private long weeklyCount() {
        return demo.store.briefings().list(100).stream().filter(b -> b.kind() == BriefingKind.WEEKLY).count();
    }

    @Test
    void aComposedBriefingSaysRulesProducedIt() {
        Briefing briefing = briefings.composeAndStore(BriefingKind.MORNING, demo.clock());
        assertThat(briefing.producedBy()).isEqualTo("rules");
        assertThat(briefing.markdown()).contains("## Today's meetings", "## Top three");
        assertThat(briefings.latest()).contains(briefing);
    }
}
